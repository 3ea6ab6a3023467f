package org.govbuy.credit.domain;

/** What a credit record (信用记录) is about. */
public enum CreditRecordKind {
    /** 绩效评价结果: positive or negative by grade */
    PERFORMANCE_EVALUATION(null),
    /** 合同违约 */
    CONTRACT_BREACH(false),
    /** 弃标: a winner abandoned the award */
    ABANDONED_AWARD(false),
    /** 提供虚假信息 */
    FALSE_INFORMATION(false),
    /** 重大违法违规 */
    MAJOR_VIOLATION_OF_LAW(false),
    /** 欠缴税款或社会保险费 */
    TAX_OR_SOCIAL_INSURANCE_ARREARS(false),
    /** 表彰奖励 */
    COMMENDATION(true);

    /** True for always positive, false for always negative, null when the record says. */
    private final Boolean positive;

    CreditRecordKind(Boolean positive) {
        this.positive = positive;
    }

    /** Whether a record of this kind with this severity is positive (counts for the supplier). */
    public boolean isPositive(Severity severity) {
        return positive != null ? positive : severity == Severity.NONE;
    }
}
