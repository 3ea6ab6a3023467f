package org.govbuy.contract.domain;

/** How serious a breach is, in credit-service's scale (SERIOUS and MAJOR debar the supplier). */
public enum Severity {
    MINOR, GENERAL, SERIOUS, MAJOR
}
