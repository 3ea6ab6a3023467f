package org.govbuy.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.security.Jurisdiction;

/**
 * Who may see and act on which evaluation (ADR 44). The purchasing department that holds the
 * contract leads it; the drawn agency ({@code agency_id}) scores it; the supplier's side sees its
 * own; finance, auditors and civil affairs oversee their jurisdiction. What a caller may not see
 * does not exist for it: 404, never 403.
 */
@RequestScoped
public class EvaluationAccess {

    private final SecurityIdentity identity;
    private final GovBuyClaims claims;

    EvaluationAccess(SecurityIdentity identity, GovBuyClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    public String actor() {
        return claims.username().orElseGet(claims::actor);
    }

    public void requireMaySee(Evaluation e, ContractRecord c) {
        if (!owns(c) && !supplierParty(c) && !assigned(e) && !oversees(c)) {
            throw notFound(e);
        }
    }

    public void requireOwns(ContractRecord c) {
        if (!owns(c)) {
            throw new NotFoundProblem("no contract " + c.contractId + " filed for evaluation");
        }
    }

    public void requireOwns(Evaluation e, ContractRecord c) {
        if (!owns(c)) {
            throw notFound(e);
        }
    }

    public void requireAssigned(Evaluation e) {
        if (!assigned(e)) {
            throw notFound(e);
        }
    }

    /** The supplier (the lead of a consortium) acts on its evaluation: accepts, objects, reports rectification. */
    public void requireSupplier(Evaluation e, ContractRecord c) {
        if (!identity.hasRole("supplier") || !c.supplierUscc.equals(claims.uscc().orElse(null))) {
            throw notFound(e);
        }
    }

    public boolean owns(ContractRecord c) {
        return identity.hasRole("purchaser") && c.orgCode.equals(claims.orgCode().orElse(null))
                && c.region.equals(claims.region().orElse(null));
    }

    public boolean supplierParty(ContractRecord c) {
        return identity.hasRole("supplier") && claims.uscc().map(u -> c.supplierParties().contains(u)).orElse(false);
    }

    public boolean assigned(Evaluation e) {
        return identity.hasRole("evaluator") && e.agencyId != null && e.agencyId.equals(claims.agencyId().orElse(null));
    }

    public boolean oversees(ContractRecord c) {
        return (identity.hasRole("finance") || identity.hasRole("auditor") || identity.hasRole("civil-affairs"))
                && Jurisdiction.covers(claims.region().orElse(null), c.region);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public GovBuyClaims claims() {
        return claims;
    }

    private static NotFoundProblem notFound(Evaluation e) {
        return new NotFoundProblem("no evaluation " + e.id);
    }
}
