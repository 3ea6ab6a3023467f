package org.govbuy.tender.domain;

/** Where a tender stands. */
public enum TenderStatus {
    DRAFT,
    /** Single source: the intent is published and objections may be filed (单一来源公示). */
    NOTICE,
    /** Announced and taking bids until the deadline. */
    ANNOUNCED,
    /** The bid deadline passed; waiting for the opening time. */
    CLOSED,
    /** The bids were opened (开标) and the opening record published. */
    OPENED,
    CANCELLED;

    /** Before the opening the tender can still be cancelled. */
    public boolean cancellable() {
        return this == DRAFT || this == NOTICE || this == ANNOUNCED || this == CLOSED;
    }
}
