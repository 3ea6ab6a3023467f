package org.govbuy.contract.domain;

/**
 * Where a contract stands. DRAFT (from the award) → SIGNED (both parties) → FILING (submitted to
 * finance for 备案) → ACTIVE (finance confirmed; only now is it performed and paid) → COMPLETED
 * (term ended and final evaluation in) or TERMINATED (for breach or otherwise).
 */
public enum ContractStatus {
    DRAFT, SIGNED, FILING, ACTIVE, COMPLETED, TERMINATED
}
