package org.govbuy.credit.domain;

/**
 * The grade of a social organisation's rating (等级评估) by civil affairs: 1A (lowest) to 5A.
 * Organisations rated 3A or above may be given priority (seed 001 第三篇 启示(三)).
 */
public enum RatingLevel {
    NONE, A1, A2, A3, A4, A5;

    public boolean atLeast(RatingLevel other) {
        return compareTo(other) >= 0;
    }

    /** "3A" style label used in documents and the API. */
    public String label() {
        return this == NONE ? "none" : name().charAt(1) + "A";
    }
}
