package org.govbuy.contract.rest;

import java.net.URI;
import java.util.UUID;

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

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ProgressReport;
import org.govbuy.contract.rest.ContractViews.DeliverableView;
import org.govbuy.contract.rest.ContractViews.MilestoneView;
import org.govbuy.contract.rest.ContractViews.PerformanceView;
import org.govbuy.contract.rest.ContractViews.ReportView;
import org.govbuy.contract.service.Contracts;
import org.govbuy.contract.service.Performance;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.idempotency.IdempotentCreate;

/**
 * Performance (履约): the supplier reports progress and submits milestones; the purchaser accepts or
 * rejects them; both see each deliverable's achievement against its target.
 */
@Path("/api/v1/contracts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PerformanceResource {

    private final Contracts contracts;
    private final Performance performance;
    private final ContractAccess access;

    PerformanceResource(Contracts contracts, Performance performance, ContractAccess access) {
        this.contracts = contracts;
        this.performance = performance;
        this.access = access;
    }

    @GET
    @Path("/performance")
    @RolesAllowed({ "purchaser", "supplier", "finance", "auditor" })
    public PerformanceView get(@PathParam("id") UUID id) {
        Contract contract = contracts.require(id);
        access.requireMaySee(contract);
        return new PerformanceView(id, performance.achievement(contract).stream().map(DeliverableView::of).toList(),
                contracts.milestones(id).stream().map(MilestoneView::of).toList(),
                performance.reports(id).stream().map(ReportView::of).toList());
    }

    @IdempotentCreate
    @POST
    @Path("/progress-reports")
    @RolesAllowed("supplier")
    public Response report(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.ProgressReportRequest request) {
        access.requireSupplier(contracts.require(id));
        ProgressReport report = performance.report(id, request.periodFrom(), request.periodTo(),
                request.narrative() == null ? null : request.narrative().strip(), request.toItems(), access.actor());
        return Response.created(URI.create("/api/v1/contracts/" + id + "/performance")).entity(ReportView.of(report)).build();
    }

    @POST
    @Path("/milestones/{number}/submission")
    @RolesAllowed("supplier")
    public MilestoneView submit(@PathParam("id") UUID id, @PathParam("number") int number,
            @Valid @NotNull ContractRequests.MilestoneSubmission request) {
        access.requireSupplier(contracts.require(id));
        return MilestoneView.of(performance.submitMilestone(id, number, request.evidence()));
    }

    @POST
    @Path("/milestones/{number}/decision")
    @RolesAllowed("purchaser")
    public MilestoneView decide(@PathParam("id") UUID id, @PathParam("number") int number,
            @Valid @NotNull ContractRequests.Decision request) {
        access.requireOwns(contracts.require(id));
        if (!request.accepted() && (request.reason() == null || request.reason().isBlank())) {
            throw new UnprocessableRequest("reason", "a rejected milestone gives the reasons");
        }
        return MilestoneView.of(performance.decideMilestone(id, number, request.accepted(), request.reason(), access.actor()));
    }
}
