package org.govbuy.credit.rest;

/**
 * How much of a supplier's register entry a caller may read.
 *
 * <ul>
 * <li>{@link #REGISTRAR}: civil affairs (who keeps the register) and auditors — everything,
 * including who registered it.</li>
 * <li>{@link #CONCERNED}: those who choose or pay suppliers (purchaser, finance) and the supplier
 * itself — its credit score and register dates too, but no official's identity.</li>
 * <li>{@link #PUBLIC}: everyone else with a token (another supplier, experts, evaluators) — what
 * the public profile shows, nothing more.</li>
 * </ul>
 */
public enum SupplierVisibility {
    PUBLIC, CONCERNED, REGISTRAR;

    boolean atLeast(SupplierVisibility other) {
        return compareTo(other) >= 0;
    }
}
