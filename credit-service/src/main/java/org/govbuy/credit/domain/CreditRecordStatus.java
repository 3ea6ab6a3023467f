package org.govbuy.credit.domain;

/** Life of a credit record: in force, contested by its supplier, or revoked (信用修复). */
public enum CreditRecordStatus {
    IN_FORCE, CONTESTED, REVOKED;

    /** A contested record keeps counting until it is corrected or revoked. */
    public boolean counts() {
        return this != REVOKED;
    }
}
