package org.govbuy.credit.rest;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.platform.security.GovBuyClaims;

/**
 * Object-level rules for credit data: those who choose, review, register or audit suppliers read
 * any supplier's credit; a supplier reads only its own.
 */
@RequestScoped
public class CreditAccess {

    static final String[] REPORT_READERS = { "purchaser", "finance", "auditor", "civil-affairs" };

    private final SecurityIdentity identity;
    private final GovBuyClaims claims;

    CreditAccess(SecurityIdentity identity, GovBuyClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    public void requireMayRead(String uscc) {
        if (!isOfficial() && !isSupplierItself(uscc)) {
            throw new ForbiddenException("only the supplier itself may read its credit data");
        }
    }

    /** The caller reads credit data as an official (purchaser, finance, auditor, civil affairs). */
    public boolean isOfficial() {
        for (String role : REPORT_READERS) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** How much of supplier {@code uscc}'s register entry the caller may read. */
    public SupplierVisibility visibilityOf(String uscc) {
        if (identity.hasRole("civil-affairs") || identity.hasRole("auditor")) {
            return SupplierVisibility.REGISTRAR;
        }
        if (identity.hasRole("purchaser") || identity.hasRole("finance") || isSupplierItself(uscc)) {
            return SupplierVisibility.CONCERNED;
        }
        return SupplierVisibility.PUBLIC;
    }

    /** The caller is the supplier {@code uscc} (role supplier and a matching uscc claim). */
    public boolean isSupplierItself(String uscc) {
        return identity.hasRole("supplier") && claims.uscc().map(uscc::equals).orElse(false);
    }

    public void requireSupplierItself(String uscc) {
        if (!isSupplierItself(uscc)) {
            throw new ForbiddenException("only the supplier itself may do this");
        }
    }

    public String actor() {
        return claims.actor();
    }
}
