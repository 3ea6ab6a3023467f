package org.govbuy.tender.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.tender.domain.BidContent;
import org.govbuy.tender.domain.CommitteeMember;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.rest.EvaluationViews.BidContentView;
import org.govbuy.tender.rest.EvaluationViews.LotEvaluationView;
import org.govbuy.tender.rest.EvaluationViews.SheetView;
import org.govbuy.tender.service.BidEvaluation;
import org.govbuy.tender.service.BidOpening;
import org.govbuy.tender.service.Committees;
import org.govbuy.tender.service.Tenders;

/**
 * The committee's work on an opened lot (评标): its members read the bids, disqualify at review,
 * score on their own sheets and close scoring; the tender's purchaser, finance and auditors of the
 * region follow it, and read the sheets once scoring has closed. A member sees the other members'
 * sheets only after submitting their own. Anyone else finds nothing (404).
 */
@Path("/api/v1/tenders/{id}/lots/{lot}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BidEvaluationResource {

    private final BidEvaluation evaluation;
    private final Committees committees;
    private final Tenders tenders;
    private final BidOpening opening;
    private final TenderAccess access;
    private final GovBuyClaims claims;
    private final SecurityIdentity identity;

    BidEvaluationResource(BidEvaluation evaluation, Committees committees, Tenders tenders, BidOpening opening,
            TenderAccess access, GovBuyClaims claims, SecurityIdentity identity) {
        this.evaluation = evaluation;
        this.committees = committees;
        this.tenders = tenders;
        this.opening = opening;
        this.access = access;
        this.claims = claims;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ "expert", "purchaser", "finance", "auditor" })
    public LotEvaluationView get(@PathParam("id") UUID id, @PathParam("lot") int lot) {
        Tender tender = requireMaySee(id);
        Lot found = tender.lot(lot);
        if (found == null) {
            throw new NotFoundProblem("tender " + id + " has no lot " + lot);
        }
        return LotEvaluationView.of(id, found, tender.evaluation, evaluation.openedBids(id, lot),
                evaluation.disqualifications(id, lot), evaluation.justifications(id, lot), evaluation.result(id, lot));
    }

    /** An opened bid's content: its proposal and declarations, for the committee to judge. */
    @GET
    @Path("/bids/{bidId}")
    @RolesAllowed({ "expert", "purchaser", "finance", "auditor" })
    public BidContentView bid(@PathParam("id") UUID id, @PathParam("lot") int lot, @PathParam("bidId") UUID bidId) {
        requireMaySee(id);
        BidContent c = opening.content(id, bidId);
        if (c.lot() != lot) {
            throw new NotFoundProblem("no bid " + bidId + " in lot " + lot);
        }
        return new BidContentView(c.bidId(), c.lead(), c.members(), c.price().amount(), c.proposal(), c.declarations(),
                c.documents().stream().map(d -> d.name()).toList());
    }

    @POST
    @Path("/bids/{bidId}/disqualification")
    @RolesAllowed({ "expert", "purchaser" })
    public LotEvaluationView disqualify(@PathParam("id") UUID id, @PathParam("lot") int lot, @PathParam("bidId") UUID bidId,
            @Valid @NotNull EvaluationRequests.Disqualification request) {
        evaluation.disqualify(id, lot, bidId, request.reason().strip(), username(id));
        return get(id, lot);
    }

    /** 明显低价: asks the bidder to justify a price below the threshold in writing (409 when it is not below). */
    @POST
    @Path("/bids/{bidId}/price-justification-request")
    @RolesAllowed({ "expert", "purchaser" })
    public LotEvaluationView requestJustification(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @PathParam("bidId") UUID bidId) {
        evaluation.requestJustification(id, lot, bidId, username(id));
        return get(id, lot);
    }

    /** Accepts the justification, or rejects it (or its absence after the time): the bid is then disqualified. */
    @POST
    @Path("/bids/{bidId}/price-justification/decision")
    @RolesAllowed({ "expert", "purchaser" })
    public LotEvaluationView decideJustification(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @PathParam("bidId") UUID bidId, @Valid @NotNull EvaluationRequests.JustificationDecision request) {
        evaluation.decideJustification(id, lot, bidId, request.accepted(), request.reason().strip(), username(id));
        return get(id, lot);
    }

    @PUT
    @Path("/score-sheets/mine")
    @RolesAllowed({ "expert", "purchaser" })
    public SheetView score(@PathParam("id") UUID id, @PathParam("lot") int lot, @Valid @NotNull EvaluationRequests.Sheet request) {
        return SheetView.of(evaluation.submit(id, lot, request.toScores(), username(id)));
    }

    /**
     * The lot's score sheets (every revision with {@code history=true}): for a member once their own
     * is in, for the purchaser, finance and auditors once scoring has closed.
     */
    @GET
    @Path("/score-sheets")
    @RolesAllowed({ "expert", "purchaser", "finance", "auditor" })
    public List<SheetView> sheets(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @QueryParam("history") @DefaultValue("false") boolean history) {
        CommitteeMember member = member(id);
        if (member != null) {
            if (evaluation.current(id, lot, member.username) == null && evaluation.result(id, lot) == null) {
                throw new IllegalTransitionException("a member sees the others' scores after submitting their own sheet");
            }
        } else {
            requireMaySee(id);
            if (evaluation.result(id, lot) == null) {
                throw new IllegalTransitionException("score sheets are shown once the committee has closed scoring");
            }
        }
        return evaluation.sheets(id, lot, history).stream().map(SheetView::of).toList();
    }

    @POST
    @Path("/closing")
    @RolesAllowed({ "expert", "purchaser" })
    public LotEvaluationView close(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @Valid @NotNull EvaluationRequests.Closing request) {
        evaluation.close(id, lot, request.report().strip(), username(id));
        return get(id, lot);
    }

    /** The caller's login, when it sits on this tender's committee. */
    private String username(UUID id) {
        return claims.username().orElseThrow(() -> new NotFoundProblem("no committee of tender " + id));
    }

    private CommitteeMember member(UUID id) {
        if (!identity.hasRole("expert") && !identity.hasRole("purchaser")) {
            return null;
        }
        return claims.username().flatMap(u -> committees.sitting(id, u)).orElse(null);
    }

    /** A sitting member, or the purchaser, finance and auditors who may see the tender; else 404. */
    private Tender requireMaySee(UUID id) {
        Tender tender = tenders.require(id);
        if (member(id) != null) {
            return tender;
        }
        if (identity.hasRole("expert")) {
            throw new NotFoundProblem("no tender " + id);
        }
        access.requireMaySee(TenderResource.owner(tender));
        return tender;
    }
}
