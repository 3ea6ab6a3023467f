package org.govbuy.credit.domain;

/** Result of a social organisation's annual inspection (年检). */
public enum InspectionResult {
    /** 年检合格 */
    PASSED,
    /** 年检基本合格: passes with remarks; counts as passed for eligibility (ADR 0008). */
    BASICALLY_PASSED,
    /** 年检不合格 */
    FAILED;

    public boolean counts() {
        return this != FAILED;
    }
}
