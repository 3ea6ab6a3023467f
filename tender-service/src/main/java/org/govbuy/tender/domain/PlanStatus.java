package org.govbuy.tender.domain;

/** Where a purchase plan stands in finance's review. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED,
    /** Returned by finance with reasons; the purchaser revises and submits again. */
    RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
