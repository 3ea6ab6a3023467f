package org.govbuy.credit.domain;

/** Whether a supplier is on the register. */
public enum SupplierStatus {
    ACTIVE,
    DEREGISTERED
}
