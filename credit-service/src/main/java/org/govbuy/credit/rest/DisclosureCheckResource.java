package org.govbuy.credit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.credit.service.DisclosureCompliance;

/**
 * Runs the disclosure check now rather than at the next daily run (e.g. after recording notices).
 * It is idempotent: a second run the same day changes nothing.
 */
@Path("/api/v1/credit/disclosure-checks")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureCheckResource {

    private final DisclosureCompliance disclosure;

    private final CreditAccess access;

    DisclosureCheckResource(DisclosureCompliance disclosure, CreditAccess access) {
        this.disclosure = disclosure;
        this.access = access;
    }

    /** Runs the check now for the organisations in the caller's region (and the regions below it). */
    @POST
    @RolesAllowed("civil-affairs")
    public DisclosureCompliance.CheckSummary runNow() {
        return disclosure.check(access.officialRegion());
    }
}
