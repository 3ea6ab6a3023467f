package org.govbuy.contract.domain;

/**
 * The clauses every purchase contract states (seed 000 §八.(三)): scope, subject, quantity, quality
 * requirements, term, payment, rights and obligations, liability for breach, and the ban on
 * subcontracting (严禁转包). A contract cannot be signed with any of them blank.
 */
public enum Clause {
    SCOPE, SUBJECT, QUANTITY, QUALITY, TERM, PAYMENT, RIGHTS_AND_OBLIGATIONS, LIABILITY_FOR_BREACH, NO_SUBCONTRACTING;

    static final String NO_SUBCONTRACTING_TEXT = "乙方应亲自履行本合同，严禁将本合同约定的服务转包给第三方。"
            + " The supplier performs this contract itself; subcontracting the service to a third party is prohibited.";
    static final String RIGHTS_TEXT = "甲方按合同约定支付服务费并监督、评估服务；乙方按合同约定的数量、质量和期限提供服务，"
            + "定期报告服务进展，对项目资金单独核算。 The purchaser pays as agreed and supervises and evaluates the service;"
            + " the supplier delivers the agreed quantity and quality in time, reports progress regularly and keeps"
            + " separate accounts for the project's funds.";
    static final String LIABILITY_TEXT = "任何一方违约的，应承担违约责任；乙方严重违约的，甲方可解除合同，并记入乙方信用记录。"
            + " A party in breach is liable for it; the purchaser may terminate for the supplier's serious breach,"
            + " which is entered in the supplier's credit record.";
}
