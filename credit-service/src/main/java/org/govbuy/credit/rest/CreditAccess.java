package org.govbuy.credit.rest;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.credit.service.SupplierFacts;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.security.Jurisdiction;

/**
 * Object-level rules for credit data: those who choose, review, register or audit suppliers read
 * any supplier's credit; a supplier reads only its own. Writes to the register (registration,
 * changes, ratings, inspections, standing evidence, disclosure, reinstatement) are for officials
 * whose region covers the supplier's (a city's for its districts, see {@link Jurisdiction}); a
 * conduct record belongs to the region of the official who entered it.
 */
@RequestScoped
public class CreditAccess {

    static final String[] REPORT_READERS = { "purchaser", "finance", "auditor", "civil-affairs" };

    private final SecurityIdentity identity;
    private final GovBuyClaims claims;
    private final SupplierFacts facts;

    CreditAccess(SecurityIdentity identity, GovBuyClaims claims, SupplierFacts facts) {
        this.identity = identity;
        this.claims = claims;
        this.facts = facts;
    }

    /** The caller keeps the register of supplier {@code uscc}: its region covers the supplier's (404 if none). */
    public void requireRegistrarOf(String uscc) {
        claims.requireActsFor(facts.require(uscc).region);
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

    /** The caller acts for {@code region} (its own, or one below it). */
    public void requireActsFor(String region) {
        claims.requireActsFor(region);
    }

    /** The caller's region, required of an official who writes. */
    public String officialRegion() {
        return claims.region().filter(region -> region.matches("[0-9]{6}"))
                .orElseThrow(() -> new ForbiddenException("the token names no region (claim region)"));
    }

    /** Whether the caller acts for {@code region}, without refusing. */
    public boolean actsFor(String region) {
        return claims.region().map(own -> Jurisdiction.covers(own, region)).orElse(false);
    }

    public String actor() {
        return claims.actor();
    }
}
