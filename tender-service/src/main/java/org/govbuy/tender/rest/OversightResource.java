package org.govbuy.tender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.ForbiddenException;

import org.govbuy.platform.security.Jurisdiction;
import org.govbuy.tender.domain.OversightReport;
import org.govbuy.tender.service.OversightReports;

/**
 * The oversight report of a fiscal year (ADR 36): finance and auditors over their jurisdiction (or a
 * region within it, or one department); a purchaser for its own department only.
 */
@Path("/api/v1/tenders/reports/oversight")
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {

    private final OversightReports reports;
    private final TenderAccess access;

    OversightResource(OversightReports reports, TenderAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GET
    @RolesAllowed({ "finance", "auditor", "purchaser" })
    public OversightReport.Report report(@QueryParam("fiscalYear") @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @QueryParam("region") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit division code") String region,
            @QueryParam("orgCode") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be an organisation code")
            String orgCode) {
        if (access.isPurchaser()) {
            return reports.of(fiscalYear, access.region(), access.orgCode());
        }
        String scope = region == null ? access.region() : region;
        if (!Jurisdiction.covers(access.region(), scope)) {
            throw new ForbiddenException("region " + scope + " is outside the caller's jurisdiction " + access.region());
        }
        return reports.of(fiscalYear, Jurisdiction.scopePrefix(scope), orgCode);
    }
}
