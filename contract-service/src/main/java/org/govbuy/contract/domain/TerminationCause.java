package org.govbuy.contract.domain;

/** Why a contract ended early; SUPPLIER_BREACH is what credit-service records against the supplier. */
public enum TerminationCause {
    SUPPLIER_BREACH, PURCHASER_BREACH, MUTUAL_AGREEMENT, FORCE_MAJEURE
}
