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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.govbuy.platform.idempotency.IdempotentCreate;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.platform.security.Jurisdiction;
import org.govbuy.tender.domain.PlanStatus;
import org.govbuy.tender.domain.PurchasePlan;
import org.govbuy.tender.service.PurchasePlans;

/**
 * Purchase plans: the purchaser drafts, revises and submits its department's plans; finance of the
 * region approves them or returns them with reasons.
 */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PurchasePlans plans;
    private final TenderAccess access;

    PlanResource(PurchasePlans plans, TenderAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @IdempotentCreate
    @POST
    @RolesAllowed("purchaser")
    public Response draft(@Valid @NotNull PlanRequests.PlanRequest request) {
        PurchasePlan plan = plans.draft(access.orgCode(), access.region(), request.toContent(), access.actor());
        return Response.created(URI.create("/api/v1/plans/" + plan.id)).entity(PlanView.of(plan)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public PlanView get(@PathParam("id") UUID id) {
        PurchasePlan plan = plans.require(id);
        access.requireMaySee(owner(plan));
        return PlanView.of(plan);
    }

    /** The caller's own department's plans (purchaser), or its jurisdiction's (finance, auditor). */
    @GET
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public PageView<PlanView> list(@QueryParam("status") PlanStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging paging = new Paging(page, size);
        PageView<PurchasePlan> found = access.isPurchaser()
                ? plans.ofOrganisation(access.orgCode(), status, paging)
                : plans.ofJurisdiction(Jurisdiction.scopePrefix(access.region()), status, paging);
        return found.map(PlanView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("purchaser")
    public PlanView revise(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.PlanRequest request) {
        access.requireOwns(owner(plans.require(id)));
        return PlanView.of(plans.revise(id, request.toContent()));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed("purchaser")
    public PlanView submit(@PathParam("id") UUID id) {
        access.requireOwns(owner(plans.require(id)));
        return PlanView.of(plans.submit(id, access.actor()));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed("finance")
    public PlanView approve(@PathParam("id") UUID id) {
        access.requireFinanceOver(owner(plans.require(id)));
        return PlanView.of(plans.approve(id, access.actor()));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed("finance")
    public PlanView returnWithReasons(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.ReturnRequest request) {
        access.requireFinanceOver(owner(plans.require(id)));
        return PlanView.of(plans.returnWith(id, request.reason().strip(), access.actor()));
    }

    static TenderAccess.Owner owner(PurchasePlan plan) {
        return new TenderAccess.Owner(plan.orgCode, plan.region, "purchase plan " + plan.id);
    }
}
