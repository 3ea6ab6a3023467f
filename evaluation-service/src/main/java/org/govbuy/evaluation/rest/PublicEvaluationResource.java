package org.govbuy.evaluation.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.rest.EvaluationRequests.SurveyAnswer;
import org.govbuy.evaluation.rest.EvaluationViews.PublicEvaluationView;
import org.govbuy.evaluation.service.Evaluations;
import org.govbuy.evaluation.service.Surveys;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;

/**
 * Without a token: final results are public (评价结果公开: the contract's subject, the supplier, the
 * score, grade and date; never the evidence or the survey answers), and recipients answer the
 * satisfaction survey with the code on their slip.
 */
@Path("/api/v1/public/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicEvaluationResource {

    private final Evaluations evaluations;
    private final Surveys surveys;

    PublicEvaluationResource(Evaluations evaluations, Surveys surveys) {
        this.evaluations = evaluations;
        this.surveys = surveys;
    }

    @GET
    public PageView<PublicEvaluationView> list(@QueryParam("region") @Pattern(regexp = "^[0-9]{6}$") String region,
            @QueryParam("supplierUscc") @Pattern(regexp = EvaluationRequests.USCC) String supplierUscc,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        PageView<Evaluation> found = evaluations.published(region, supplierUscc, new Paging(page, size));
        Map<UUID, ContractRecord> contracts = evaluations.contractsOf(found.items());
        return found.map(e -> PublicEvaluationView.of(e, contracts.get(e.contractId)));
    }

    @GET
    @Path("/{id}")
    public PublicEvaluationView get(@PathParam("id") UUID id) {
        Evaluation e = evaluations.require(id);
        if (e.status != EvaluationStatus.COMPLETED) {
            throw new NotFoundProblem("no evaluation " + id);
        }
        return PublicEvaluationView.of(e, evaluations.contract(e.contractId));
    }

    /** A recipient's answer with the code on their slip: once per code; nothing about who answered is kept. */
    @POST
    @Path("/survey-responses")
    public Response respond(@NotNull @Valid SurveyAnswer answer) {
        surveys.respond(answer.code(), answer.satisfaction());
        return Response.noContent().build();
    }
}
