package org.govbuy.evaluation.domain;

/** When in the contract an evaluation falls: at half the term (中期), at its end (末期), or when the purchaser decides. */
public enum EvaluationType {
    MID_TERM, FINAL, AD_HOC;

    /** The share of the term's targets due by this evaluation: half at mid-term, all at the end. */
    public java.math.BigDecimal dueShareOfTerm(double elapsedShare) {
        return switch (this) {
            case MID_TERM -> new java.math.BigDecimal("0.5");
            case FINAL -> java.math.BigDecimal.ONE;
            case AD_HOC -> java.math.BigDecimal.valueOf(Math.max(0.0, Math.min(1.0, elapsedShare)));
        };
    }
}
