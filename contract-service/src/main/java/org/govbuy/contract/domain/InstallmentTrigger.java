package org.govbuy.contract.domain;

/** What makes an installment payable: the contract signed, a milestone accepted, or an evaluation result. */
public enum InstallmentTrigger {
    ON_SIGNING, MILESTONE_ACCEPTED, MID_TERM_EVALUATION, FINAL_EVALUATION;

    /** The installments an evaluation of {@code type} triggers; none for an ad-hoc evaluation. */
    public static InstallmentTrigger of(EvaluationType type) {
        return switch (type) {
            case MID_TERM -> MID_TERM_EVALUATION;
            case FINAL -> FINAL_EVALUATION;
            case AD_HOC -> null;
        };
    }
}
