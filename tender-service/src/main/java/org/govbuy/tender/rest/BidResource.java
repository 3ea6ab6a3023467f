package org.govbuy.tender.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.ForbiddenException;

import org.govbuy.platform.idempotency.IdempotentCreate;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.tender.domain.BidDocument;
import org.govbuy.tender.domain.BidReceipt;
import org.govbuy.tender.domain.Clarification;
import org.govbuy.tender.domain.Money;
import org.govbuy.tender.domain.Objection;
import org.govbuy.tender.rest.TenderViews.OwnBidView;
import org.govbuy.tender.service.Clarifications;
import org.govbuy.tender.service.BidEvaluation;
import org.govbuy.tender.service.SealedBids;
import org.govbuy.tender.service.SingleSourceObjections;

/**
 * What a supplier does on a tender, as the supplier of its token ({@code uscc}): ask a question,
 * object to a single-source notice, and submit, replace, withdraw and look at its own sealed bid.
 */
@Path("/api/v1/tenders/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("supplier")
public class BidResource {

    /** A question taken: its id, never echoed to others with who asked. */
    public record QuestionTaken(UUID id, java.time.Instant askedAt) {
    }

    private final SealedBids bids;
    private final Clarifications clarifications;
    private final SingleSourceObjections objections;
    private final GovBuyClaims claims;
    private final DocumentRules documents;
    private final BidEvaluation evaluation;

    BidResource(SealedBids bids, Clarifications clarifications, SingleSourceObjections objections, GovBuyClaims claims,
            DocumentRules documents, BidEvaluation evaluation) {
        this.evaluation = evaluation;
        this.bids = bids;
        this.documents = documents;
        this.clarifications = clarifications;
        this.objections = objections;
        this.claims = claims;
    }

    /**
     * Submits, or replaces the supplier's active bid; answers with the signed receipt. Not an
     * idempotent create on purpose: a repeat after a time-out simply replaces the first with the
     * same content, and an idempotency fingerprint (a hash of the body) would let an operator
     * confirm a guessed price offline (ADR 30).
     */
    @POST
    @Path("/lots/{lot}/bids")
    public Response submit(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @Valid @NotNull TenderRequests.BidRequest request) {
        BidReceipt receipt = bids.submit(id, lot, uscc(), new SealedBids.Offer(new Money(request.price()),
                request.proposal(), request.declarations() == null ? List.of() : request.declarations(),
                request.members() == null ? List.of() : request.members(),
                request.documents() == null ? List.of() : request.documents()));
        return Response.created(URI.create("/api/v1/tenders/" + id + "/lots/" + lot + "/bids/mine")).entity(receipt)
                .build();
    }

    /**
     * Uploads a document (e.g. the proposal as PDF) for the supplier's next bid on the lot, with its
     * SHA-256 in {@code Content-Digest: sha-256=:<base64>:} (RFC 9530). It is sealed at once; the bid
     * that names it lists its digest, which the receipt covers.
     */
    @PUT
    @Path("/lots/{lot}/documents/{name}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") UUID id, @PathParam("lot") int lot, @PathParam("name") String name,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Content-Digest") String digest, byte[] body) {
        BidDocument document = bids.stageDocument(id, lot, uscc(), documents.requireName(name),
                documents.requireAdmittedType(contentType), documents.requireNotEmpty(body),
                DocumentRules.sha256Of(digest));
        return Response.status(Response.Status.CREATED).entity(document.listing()).build();
    }

    @GET
    @Path("/lots/{lot}/bids/mine")
    public OwnBidView mine(@PathParam("id") UUID id, @PathParam("lot") int lot) {
        return OwnBidView.of(bids.mine(id, lot, uscc()));
    }

    @DELETE
    @Path("/lots/{lot}/bids/mine")
    public OwnBidView withdraw(@PathParam("id") UUID id, @PathParam("lot") int lot) {
        return OwnBidView.of(bids.withdraw(id, lot, uscc()));
    }

    /** The committee's request to justify the supplier's price as abnormally low, and its decision. */
    @GET
    @Path("/lots/{lot}/bids/mine/price-justification")
    public EvaluationViews.JustificationView priceJustification(@PathParam("id") UUID id, @PathParam("lot") int lot) {
        return EvaluationViews.JustificationView.of(evaluation.requestTo(id, lot, uscc()));
    }

    /** The supplier's written justification, once, before it is due. */
    @POST
    @Path("/lots/{lot}/bids/mine/price-justification")
    public EvaluationViews.JustificationView justify(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @Valid @NotNull EvaluationRequests.Justification request) {
        return EvaluationViews.JustificationView.of(evaluation.justify(id, lot, uscc(), request.justification().strip()));
    }

    @IdempotentCreate
    @POST
    @Path("/questions")
    public Response ask(@PathParam("id") UUID id, @Valid @NotNull TenderRequests.Question request) {
        Clarification c = clarifications.ask(id, request.question().strip(), uscc());
        return Response.status(Response.Status.CREATED).entity(new QuestionTaken(c.id, c.askedAt)).build();
    }

    @IdempotentCreate
    @POST
    @Path("/objections")
    public Response object(@PathParam("id") UUID id, @Valid @NotNull TenderRequests.ObjectionRequest request) {
        Objection o = objections.file(id, uscc(), request.grounds().strip());
        return Response.status(Response.Status.CREATED).entity(TenderViews.ObjectionView.of(o)).build();
    }

    private String uscc() {
        return claims.uscc().orElseThrow(() -> new ForbiddenException("the token names no supplier (claim uscc)"));
    }
}
