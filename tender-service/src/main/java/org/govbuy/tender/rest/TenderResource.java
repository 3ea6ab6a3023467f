package org.govbuy.tender.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.govbuy.platform.idempotency.IdempotentCreate;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.platform.security.Jurisdiction;
import org.govbuy.tender.domain.BidDocument;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.rest.TenderViews.ClarificationView;
import org.govbuy.tender.rest.TenderViews.ObjectionView;
import org.govbuy.tender.rest.TenderViews.TenderView;
import org.govbuy.tender.service.BidOpening;
import org.govbuy.tender.service.Clarifications;
import org.govbuy.tender.service.PurchasePlans;
import org.govbuy.tender.service.SingleSourceObjections;
import org.govbuy.tender.service.Tenders;

/**
 * Tenders as their purchaser runs them: drafted from an approved plan of its own department,
 * announced, amended, cancelled, its questions and objections answered. Finance and auditors of the
 * region read them.
 */
@Path("/api/v1/tenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenderResource {

    private final Tenders tenders;
    private final PurchasePlans plans;
    private final Clarifications clarifications;
    private final SingleSourceObjections objections;
    private final TenderAccess access;
    private final BidOpening opening;

    TenderResource(Tenders tenders, PurchasePlans plans, Clarifications clarifications,
            SingleSourceObjections objections, TenderAccess access, BidOpening opening) {
        this.opening = opening;
        this.tenders = tenders;
        this.plans = plans;
        this.clarifications = clarifications;
        this.objections = objections;
        this.access = access;
    }

    @IdempotentCreate
    @POST
    @RolesAllowed("purchaser")
    public Response draft(@Valid @NotNull TenderRequests.NewTender request) {
        access.requireOwns(PlanResource.owner(plans.require(request.planId())));
        Tender tender = tenders.draft(request.planId(), request.method(), request.terms().toTerms(),
                request.lotDrafts(), request.namedSuppliers(), PlanRequests.strip(request.singleSourceReason()),
                access.actor());
        return Response.created(URI.create("/api/v1/tenders/" + tender.id)).entity(view(tender)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public TenderView get(@PathParam("id") UUID id) {
        Tender tender = tenders.require(id);
        access.requireMaySee(owner(tender));
        return view(tender);
    }

    /** The caller's own department's tenders (purchaser), or its jurisdiction's (finance, auditor), newest first. */
    @GET
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public PageView<TenderView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging paging = new Paging(page, size);
        PageView<Tender> found = access.isPurchaser() ? tenders.ofOrganisation(access.orgCode(), access.region(), paging)
                : tenders.ofJurisdiction(Jurisdiction.scopePrefix(access.region()), paging);
        return found.map(this::view);
    }

    @PUT
    @Path("/{id}/terms")
    @RolesAllowed("purchaser")
    public TenderView revise(@PathParam("id") UUID id, @Valid @NotNull TenderRequests.TermsRequest request) {
        owned(id);
        return view(tenders.revise(id, request.toTerms()));
    }

    @POST
    @Path("/{id}/announcement")
    @RolesAllowed("purchaser")
    public TenderView announce(@PathParam("id") UUID id) {
        owned(id);
        return view(tenders.announce(id));
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed("purchaser")
    public TenderView amend(@PathParam("id") UUID id, @Valid @NotNull TenderRequests.AmendmentRequest request) {
        owned(id);
        return view(tenders.amend(id, request.terms().toTerms(), request.description().strip()));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed("purchaser")
    public TenderView cancel(@PathParam("id") UUID id, @Valid @NotNull TenderRequests.Reason request) {
        owned(id);
        return view(tenders.cancel(id, request.reason().strip()));
    }

    /** Every question asked, answered or not, without who asked. */
    @GET
    @Path("/{id}/questions")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public List<ClarificationView> questions(@PathParam("id") UUID id) {
        access.requireMaySee(owner(tenders.require(id)));
        return clarifications.of(id).stream().map(ClarificationView::of).toList();
    }

    @POST
    @Path("/{id}/questions/{questionId}/answer")
    @RolesAllowed("purchaser")
    public ClarificationView answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            @Valid @NotNull TenderRequests.Answer request) {
        owned(id);
        return ClarificationView.of(clarifications.answer(id, questionId, request.answer().strip()));
    }

    @GET
    @Path("/{id}/objections")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public List<ObjectionView> objections(@PathParam("id") UUID id) {
        access.requireMaySee(owner(tenders.require(id)));
        return objections.of(id).stream().map(ObjectionView::of).toList();
    }

    @POST
    @Path("/{id}/objections/{objectionId}/answer")
    @RolesAllowed("purchaser")
    public ObjectionView answerObjection(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull TenderRequests.Answer request) {
        owned(id);
        return ObjectionView.of(objections.answer(id, objectionId, request.answer().strip()));
    }

    /** A document of a bid, once the tender has been opened (409 before: it is sealed). */
    @GET
    @Path("/{id}/bids/{bidId}/documents/{name}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public Response document(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId, @PathParam("name") String name) {
        access.requireMaySee(owner(tenders.require(id)));
        BidDocument.Opened opened = opening.document(id, bidId, name);
        return Response.ok(opened.bytes(), opened.listing().mediaType())
                .header("Content-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(opened.listing().sha256())) + ":")
                .build();
    }

    private void owned(UUID id) {
        access.requireOwns(owner(tenders.require(id)));
    }

    /** 重新采购: a failed lot bought again as a new draft; another method needs a reason and finance's approval. */
    @POST
    @Path("/{id}/lots/{lot}/re-tender")
    @RolesAllowed("purchaser")
    public Response reTender(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @Valid @NotNull TenderRequests.ReTenderRequest request) {
        owned(id);
        Tender again = tenders.reTender(id, lot, request.method(), request.namedSuppliers(),
                PlanRequests.strip(request.singleSourceReason()), PlanRequests.strip(request.reason()), access.actor());
        return Response.created(URI.create("/api/v1/tenders/" + again.id)).entity(view(again)).build();
    }

    /** Finance of the region approves a re-tender's switch of procurement method. */
    @POST
    @Path("/{id}/method-change/approval")
    @RolesAllowed("finance")
    public TenderView approveMethodChange(@PathParam("id") UUID id) {
        access.requireFinanceOver(owner(tenders.require(id)));
        return view(tenders.approveMethodChange(id, access.actor()));
    }

    private TenderView view(Tender tender) {
        return TenderView.of(tender, tenders.announcement(tender));
    }

    static TenderAccess.Owner owner(Tender tender) {
        return new TenderAccess.Owner(tender.orgCode, tender.region, "tender " + tender.id);
    }
}
