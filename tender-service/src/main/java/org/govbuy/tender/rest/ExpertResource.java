package org.govbuy.tender.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.security.Jurisdiction;
import org.govbuy.tender.domain.Expert;
import org.govbuy.tender.rest.CommitteeViews.ExpertView;
import org.govbuy.tender.service.ExpertPool;

/**
 * The expert pool (评审专家库): finance registers the experts of its jurisdiction with their
 * specialties and declared ties; finance and auditors read them. Outside one's jurisdiction an
 * expert does not exist (404).
 */
@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertResource {

    private final ExpertPool pool;
    private final GovBuyClaims claims;
    private final TenderAccess access;

    ExpertResource(ExpertPool pool, GovBuyClaims claims, TenderAccess access) {
        this.pool = pool;
        this.claims = claims;
        this.access = access;
    }

    @POST
    @RolesAllowed("finance")
    public Response register(@Valid @NotNull CommitteeRequests.NewExpert request) {
        String region = request.region() == null ? access.region() : request.region();
        claims.requireActsFor(region);
        Expert expert = pool.register(request.username().strip(), request.name().strip(), region,
                request.specialties().stream().map(String::strip).distinct().toList(),
                request.affiliations().stream().map(CommitteeRequests.AffiliationRequest::toAffiliation).toList(),
                access.actor());
        return Response.created(URI.create("/api/v1/experts/" + expert.id)).entity(ExpertView.of(expert)).build();
    }

    @GET
    @RolesAllowed({ "finance", "auditor" })
    public PageView<ExpertView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return pool.ofJurisdiction(Jurisdiction.scopePrefix(access.region()), new Paging(page, size)).map(ExpertView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "finance", "auditor" })
    public ExpertView get(@PathParam("id") UUID id) {
        Expert expert = pool.require(id);
        if (!Jurisdiction.covers(access.region(), expert.region)) {
            throw new NotFoundProblem("no expert " + id);
        }
        return ExpertView.of(expert);
    }
}
