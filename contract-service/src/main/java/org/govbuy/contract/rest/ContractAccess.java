package org.govbuy.contract.rest;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.Party;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.security.Jurisdiction;

/**
 * Who may see and act on which contract (ADR 41). The purchasing department (its {@code org_code}
 * in its {@code region}) and the supplier's side ({@code uscc}: the lead or sole supplier, and a
 * consortium's members for reading) are the parties; finance and auditors oversee their
 * jurisdiction. What a caller may not see does not exist for it: 404, never 403.
 */
@RequestScoped
public class ContractAccess {

    private final SecurityIdentity identity;
    private final GovBuyClaims claims;

    ContractAccess(SecurityIdentity identity, GovBuyClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    /** Who acted, for the record: the login name, else the token's subject. */
    public String actor() {
        return claims.username().orElseGet(claims::actor);
    }

    public void requireMaySee(Contract contract) {
        if (!owns(contract) && !supplierParty(contract) && !oversees(contract)) {
            throw notFound(contract);
        }
    }

    public void requireOwns(Contract contract) {
        if (!owns(contract)) {
            throw notFound(contract);
        }
    }

    /** The supplier who acts on the contract: the sole supplier, or a consortium's lead for all its members. */
    public void requireSupplier(Contract contract) {
        if (!identity.hasRole("supplier") || !contract.supplierUscc.equals(claims.uscc().orElse(null))) {
            if (supplierParty(contract)) {
                throw new io.quarkus.security.ForbiddenException("the consortium's lead " + contract.supplierUscc
                        + " acts on the contract for its members");
            }
            throw notFound(contract);
        }
    }

    public void requireFinanceOver(Contract contract) {
        if (!identity.hasRole("finance") || !Jurisdiction.covers(claims.region().orElse(null), contract.region)) {
            throw notFound(contract);
        }
    }

    /** Which party a signer signs as: the purchasing department, or the supplier (lead). */
    public Party signingParty(Contract contract) {
        if (owns(contract)) {
            return Party.PURCHASER;
        }
        requireSupplier(contract);
        return Party.SUPPLIER;
    }

    public boolean owns(Contract contract) {
        return identity.hasRole("purchaser") && contract.orgCode.equals(claims.orgCode().orElse(null))
                && contract.region.equals(claims.region().orElse(null));
    }

    public boolean supplierParty(Contract contract) {
        return identity.hasRole("supplier") && claims.uscc().map(u -> contract.supplierParties().contains(u)).orElse(false);
    }

    public boolean oversees(Contract contract) {
        return (identity.hasRole("finance") || identity.hasRole("auditor"))
                && Jurisdiction.covers(claims.region().orElse(null), contract.region);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public GovBuyClaims claims() {
        return claims;
    }

    private static NotFoundProblem notFound(Contract contract) {
        return new NotFoundProblem("no contract " + contract.id);
    }
}
