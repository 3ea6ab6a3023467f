package org.govbuy.evaluation.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationRules;
import org.govbuy.evaluation.rest.EvaluationRequests.AdHocRequest;
import org.govbuy.evaluation.rest.EvaluationRequests.CodesRequest;
import org.govbuy.evaluation.rest.EvaluationRequests.PlanRequest;
import org.govbuy.evaluation.rest.EvaluationViews.CodesView;
import org.govbuy.evaluation.rest.EvaluationViews.EvaluationView;
import org.govbuy.evaluation.rest.EvaluationViews.PlanView;
import org.govbuy.evaluation.rest.EvaluationViews.SurveyView;
import org.govbuy.evaluation.service.ContractPlans;
import org.govbuy.evaluation.service.Evaluations;
import org.govbuy.evaluation.service.Surveys;
import org.govbuy.platform.idempotency.IdempotentCreate;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.platform.security.Jurisdiction;

/**
 * Evaluations and their plans: each caller lists the evaluations it has a part in (404 for the
 * rest); the purchaser adds ad-hoc evaluations, adjusts the plan, has an agency drawn again when
 * none was eligible, and with the agency issues the recipients' survey codes.
 */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final Evaluations evaluations;
    private final ContractPlans plans;
    private final Surveys surveys;
    private final EvaluationAccess access;
    private final EvaluationRules rules;
    private final Clock clock;

    EvaluationResource(Evaluations evaluations, ContractPlans plans, Surveys surveys, EvaluationAccess access,
            EvaluationRules rules, Clock clock) {
        this.evaluations = evaluations;
        this.plans = plans;
        this.surveys = surveys;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ "purchaser", "supplier", "evaluator", "finance", "auditor", "civil-affairs" })
    public PageView<EvaluationView> list(@QueryParam("contractId") UUID contractId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging paging = new Paging(page, size);
        var claims = access.claims();
        PageView<Evaluation> found;
        if (access.hasRole("purchaser")) {
            found = evaluations.ofOrganisation(claims.orgCode().orElse(""), claims.region().orElse(""), contractId, paging);
        } else if (access.hasRole("supplier")) {
            found = evaluations.ofSupplier(claims.uscc().orElse(""), contractId, paging);
        } else if (access.hasRole("evaluator")) {
            found = evaluations.ofAgency(claims.agencyId().orElse(""), contractId, paging);
        } else {
            found = claims.region().map(r -> evaluations.inJurisdiction(Jurisdiction.scopePrefix(r), contractId, paging))
                    .orElseGet(() -> new PageView<>(java.util.List.of(), page, size, 0));
        }
        Map<UUID, ContractRecord> contracts = evaluations.contractsOf(found.items());
        LocalDate today = today();
        return found.map(e -> EvaluationView.of(e, contracts.get(e.contractId), today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "purchaser", "supplier", "evaluator", "finance", "auditor", "civil-affairs" })
    public EvaluationView get(@PathParam("id") UUID id) {
        Evaluation e = evaluations.require(id);
        ContractRecord c = evaluations.contract(e.contractId);
        access.requireMaySee(e, c);
        return EvaluationView.of(e, c, today());
    }

    /** An ad-hoc evaluation (专项评价) of one of the department's contracts. */
    @POST
    @RolesAllowed("purchaser")
    @IdempotentCreate
    @Transactional
    public Response addAdHoc(@NotNull @Valid AdHocRequest request) {
        ContractRecord c = plans.require(request.contractId());
        access.requireOwns(c);
        Evaluation e = evaluations.addAdHoc(c, request.opensOn(), request.reason(), access.actor());
        return Response.created(URI.create("/api/v1/evaluations/" + e.id)).entity(EvaluationView.of(e, c, today())).build();
    }

    @GET
    @Path("/plans/{contractId}")
    @RolesAllowed({ "purchaser", "supplier", "finance", "auditor", "civil-affairs" })
    public PlanView plan(@PathParam("contractId") UUID contractId) {
        ContractRecord c = plans.require(contractId);
        if (!access.owns(c) && !access.supplierParty(c) && !access.oversees(c)) {
            access.requireOwns(c);
        }
        return PlanView.of(c, evaluations.planOf(c));
    }

    /** The purchaser's plan: a template version, weights within the configured limits, the agency's share. */
    @PUT
    @Path("/plans/{contractId}")
    @RolesAllowed("purchaser")
    @Transactional
    public PlanView changePlan(@PathParam("contractId") UUID contractId, @NotNull @Valid PlanRequest request) {
        ContractRecord c = ContractRecord.findById(contractId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            plans.require(contractId);
        }
        access.requireOwns(c);
        plans.changePlan(c, request.templateId(), request.weights(), request.agencyShare());
        return PlanView.of(c, evaluations.planOf(c));
    }

    /** A new draw, when no agency was eligible at the opening or the drawn one has been suspended or removed. */
    @POST
    @Path("/{id}/agency-draw")
    @RolesAllowed("purchaser")
    @Transactional
    public EvaluationView redraw(@PathParam("id") UUID id) {
        Evaluation e = evaluations.require(id);
        ContractRecord c = evaluations.contract(e.contractId);
        access.requireOwns(e, c);
        return EvaluationView.of(evaluations.redraw(id), c, today());
    }

    /** Single-use codes for the service's recipients, shown once for printing. */
    @POST
    @Path("/{id}/survey-codes")
    @RolesAllowed({ "purchaser", "evaluator" })
    public Response issueCodes(@PathParam("id") UUID id, @NotNull @Valid CodesRequest request) {
        Evaluation e = evaluations.require(id);
        ContractRecord c = evaluations.contract(e.contractId);
        if (!access.owns(c)) {
            access.requireAssigned(e);
        }
        return Response.status(Response.Status.CREATED)
                .entity(new CodesView(id, surveys.issue(id, request.count()))).build();
    }

    @GET
    @Path("/{id}/survey")
    @RolesAllowed({ "purchaser", "supplier", "evaluator", "finance", "auditor", "civil-affairs" })
    public SurveyView survey(@PathParam("id") UUID id) {
        Evaluation e = evaluations.require(id);
        access.requireMaySee(e, evaluations.contract(e.contractId));
        return SurveyView.of(surveys.summary(id));
    }

    private LocalDate today() {
        return rules.today(clock.instant());
    }
}
