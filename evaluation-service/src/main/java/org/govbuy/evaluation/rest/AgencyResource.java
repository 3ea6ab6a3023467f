package org.govbuy.evaluation.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.govbuy.evaluation.domain.Agency;
import org.govbuy.evaluation.rest.EvaluationRequests.AgencyRequest;
import org.govbuy.evaluation.rest.EvaluationRequests.Reason;
import org.govbuy.evaluation.rest.EvaluationViews.AgencyView;
import org.govbuy.evaluation.service.Agencies;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.idempotency.IdempotentCreate;

/**
 * The third-party agency pool (第三方专业评估机构库): civil affairs registers agencies of its
 * jurisdiction, and suspends, reinstates or removes them with a reason; officials read the pool;
 * an agency's evaluators read their own agency.
 */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final Agencies agencies;
    private final EvaluationAccess access;

    AgencyResource(Agencies agencies, EvaluationAccess access) {
        this.agencies = agencies;
        this.access = access;
    }

    @POST
    @RolesAllowed("civil-affairs")
    @IdempotentCreate
    public Response register(@NotNull @Valid AgencyRequest request) {
        access.claims().requireActsFor(request.region());
        Agency agency = agencies.register(request.toDraft(), access.actor());
        return Response.created(URI.create("/api/v1/agencies/" + agency.id)).entity(AgencyView.of(agency)).build();
    }

    @GET
    @RolesAllowed({ "civil-affairs", "finance", "auditor", "purchaser" })
    public List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("/{agencyId}")
    @RolesAllowed({ "civil-affairs", "finance", "auditor", "purchaser", "evaluator" })
    public AgencyView get(@PathParam("agencyId") String id) {
        if (access.hasRole("evaluator") && !access.hasRole("civil-affairs") && !access.hasRole("purchaser")
                && !id.equals(access.claims().agencyId().orElse(null))) {
            throw new NotFoundProblem("no agency " + id);
        }
        return AgencyView.of(agencies.require(id));
    }

    @POST
    @Path("/{agencyId}/suspension")
    @RolesAllowed("civil-affairs")
    public AgencyView suspend(@PathParam("agencyId") String id, @NotNull @Valid Reason reason) {
        return change(id, Agency.Status.SUSPENDED, reason);
    }

    @POST
    @Path("/{agencyId}/reinstatement")
    @RolesAllowed("civil-affairs")
    public AgencyView reinstate(@PathParam("agencyId") String id, @NotNull @Valid Reason reason) {
        return change(id, Agency.Status.ACTIVE, reason);
    }

    @POST
    @Path("/{agencyId}/removal")
    @RolesAllowed("civil-affairs")
    public AgencyView remove(@PathParam("agencyId") String id, @NotNull @Valid Reason reason) {
        return change(id, Agency.Status.REMOVED, reason);
    }

    private AgencyView change(String id, Agency.Status to, Reason reason) {
        access.claims().requireActsFor(agencies.require(id).region);
        return AgencyView.of(agencies.change(id, to, reason.reason()));
    }
}
