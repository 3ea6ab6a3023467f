package org.govbuy.tender.rest;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.security.Jurisdiction;

/**
 * Who may see and change which plan or tender. A purchaser acts for its own organisation (the
 * token's {@code org_code}); finance and auditors see their jurisdiction's (the token's
 * {@code region}). What a caller may not see does not exist for it: 404, never 403, so a foreign
 * department cannot even learn that a plan or tender exists.
 */
@RequestScoped
public class TenderAccess {

    private final SecurityIdentity identity;
    private final GovBuyClaims claims;

    TenderAccess(SecurityIdentity identity, GovBuyClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    /** What a plan or tender is owned by: its department and region. */
    public record Owner(String orgCode, String region, String what) {
    }

    public String orgCode() {
        return claims.orgCode().orElseThrow(() -> new ForbiddenException("the token names no organisation (claim org_code)"));
    }

    public String region() {
        return claims.region().orElseThrow(() -> new ForbiddenException("the token names no region (claim region)"));
    }

    public String actor() {
        return claims.actor();
    }

    public boolean isPurchaser() {
        return identity.hasRole("purchaser");
    }

    /** Reading: the owning purchaser, or finance and auditors over the owner's region. */
    public void requireMaySee(Owner owner) {
        if (owns(owner) || oversees(owner)) {
            return;
        }
        throw new NotFoundProblem("no " + owner.what());
    }

    /** Changing as the purchaser: only the owning department. */
    public void requireOwns(Owner owner) {
        if (!owns(owner)) {
            throw new NotFoundProblem("no " + owner.what());
        }
    }

    /** Deciding as finance: only over the owner's region. */
    public void requireFinanceOver(Owner owner) {
        if (!identity.hasRole("finance") || !Jurisdiction.covers(claims.region().orElse(null), owner.region())) {
            throw new NotFoundProblem("no " + owner.what());
        }
    }

    private boolean owns(Owner owner) {
        return identity.hasRole("purchaser") && owner.orgCode().equals(claims.orgCode().orElse(null))
                && owner.region().equals(claims.region().orElse(null));
    }

    private boolean oversees(Owner owner) {
        return (identity.hasRole("finance") || identity.hasRole("auditor"))
                && Jurisdiction.covers(claims.region().orElse(null), owner.region());
    }
}
