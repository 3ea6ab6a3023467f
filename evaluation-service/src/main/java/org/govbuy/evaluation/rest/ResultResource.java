package org.govbuy.evaluation.rest;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.evaluation.domain.Assessor;
import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationRules;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.rest.EvaluationRequests.ScoresRequest;
import org.govbuy.evaluation.rest.EvaluationRequests.Text;
import org.govbuy.evaluation.rest.EvaluationViews.EvaluationView;
import org.govbuy.evaluation.rest.EvaluationViews.ScoreView;
import org.govbuy.evaluation.service.Evaluations;
import org.govbuy.evaluation.service.Results;

/**
 * Scoring and the result: the drawn agency and the purchaser score; the purchaser proposes the
 * result; the supplier accepts it or objects once, and the purchaser answers; a failed supplier
 * reports its rectification (整改).
 */
@Path("/api/v1/evaluations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    private final Evaluations evaluations;
    private final Results results;
    private final EvaluationAccess access;
    private final EvaluationRules rules;
    private final Clock clock;

    ResultResource(Evaluations evaluations, Results results, EvaluationAccess access, EvaluationRules rules, Clock clock) {
        this.evaluations = evaluations;
        this.results = results;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
    }

    /** The drawn agency's points, each with its reason and evidence; only the agency drawn for this evaluation. */
    @PUT
    @Path("/agency-scores")
    @RolesAllowed("evaluator")
    public List<ScoreView> agencyScores(@PathParam("id") UUID id, @NotNull @Valid ScoresRequest request) {
        access.requireAssigned(evaluations.require(id));
        return results.score(id, Assessor.AGENCY, request.toPoints(), access.actor()).stream()
                .map(s -> ScoreView.of(s, true)).toList();
    }

    /** The purchaser's own assessment (采购人评价). */
    @PUT
    @Path("/purchaser-scores")
    @RolesAllowed("purchaser")
    public List<ScoreView> purchaserScores(@PathParam("id") UUID id, @NotNull @Valid ScoresRequest request) {
        Evaluation e = evaluations.require(id);
        access.requireOwns(e, evaluations.contract(e.contractId));
        return results.score(id, Assessor.PURCHASER, request.toPoints(), access.actor()).stream()
                .map(s -> ScoreView.of(s, true)).toList();
    }

    /**
     * The points given. The purchaser and overseers see all with evidence; the agency its own; the
     * supplier, once the result is proposed, every score with its reason but not the evidence.
     */
    @GET
    @Path("/scores")
    @RolesAllowed({ "purchaser", "supplier", "evaluator", "finance", "auditor", "civil-affairs" })
    public List<ScoreView> scores(@PathParam("id") UUID id) {
        Evaluation e = evaluations.require(id);
        ContractRecord c = evaluations.contract(e.contractId);
        access.requireMaySee(e, c);
        if (access.owns(c) || access.oversees(c)) {
            return results.scores(id).stream().map(s -> ScoreView.of(s, true)).toList();
        }
        if (access.assigned(e)) {
            return results.scores(id).stream().filter(s -> s.assessor == Assessor.AGENCY).map(s -> ScoreView.of(s, true))
                    .toList();
        }
        boolean shown = e.status != EvaluationStatus.OPEN && e.status != EvaluationStatus.SCHEDULED;
        return shown ? results.scores(id).stream().map(s -> ScoreView.of(s, false)).toList() : List.of();
    }

    /** The purchaser proposes the combined result; the supplier sees it and may object within the period. */
    @POST
    @Path("/proposal")
    @RolesAllowed("purchaser")
    public EvaluationView propose(@PathParam("id") UUID id) {
        ContractRecord c = owned(id);
        return view(results.propose(id), c);
    }

    @POST
    @Path("/objection")
    @RolesAllowed("supplier")
    public EvaluationView object(@PathParam("id") UUID id, @NotNull @Valid Text grounds) {
        ContractRecord c = supplied(id);
        return view(results.object(id, grounds.text()), c);
    }

    @POST
    @Path("/objection/answer")
    @RolesAllowed("purchaser")
    public EvaluationView answer(@PathParam("id") UUID id, @NotNull @Valid Text answer) {
        ContractRecord c = owned(id);
        return view(results.answer(id, answer.text()), c);
    }

    @POST
    @Path("/acceptance")
    @RolesAllowed("supplier")
    public EvaluationView accept(@PathParam("id") UUID id) {
        ContractRecord c = supplied(id);
        return view(results.accept(id), c);
    }

    /** The supplier's rectification report (整改报告) after a fail; the re-evaluation opens at once. */
    @POST
    @Path("/rectification")
    @RolesAllowed("supplier")
    public EvaluationView rectified(@PathParam("id") UUID id, @NotNull @Valid Text report) {
        ContractRecord c = supplied(id);
        return view(results.rectified(id, report.text()), c);
    }

    private ContractRecord owned(UUID id) {
        Evaluation e = evaluations.require(id);
        ContractRecord c = evaluations.contract(e.contractId);
        access.requireOwns(e, c);
        return c;
    }

    private ContractRecord supplied(UUID id) {
        Evaluation e = evaluations.require(id);
        ContractRecord c = evaluations.contract(e.contractId);
        access.requireSupplier(e, c);
        return c;
    }

    private EvaluationView view(Evaluation e, ContractRecord c) {
        return EvaluationView.of(e, c, rules.today(clock.instant()));
    }
}
