package org.govbuy.credit.rest;

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

import io.quarkus.security.Authenticated;

import org.govbuy.credit.domain.CreditRecord;
import org.govbuy.credit.domain.CreditRecordFacts;
import org.govbuy.credit.rest.CreditViews.CreditRecordView;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.credit.service.CreditRecords;
import org.govbuy.credit.service.SupplierFacts;
import org.govbuy.platform.idempotency.IdempotentCreate;

/** Credit records (信用记录): entered by civil affairs or finance, contested by their supplier. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditRecordResource {

    private final CreditRecords records;
    private final SupplierFacts facts;
    private final CreditAccess access;

    CreditRecordResource(CreditRecords records, SupplierFacts facts, CreditAccess access) {
        this.records = records;
        this.facts = facts;
        this.access = access;
    }

    @IdempotentCreate
    @POST
    @Path("/suppliers/{uscc}/credit-records")
    @RolesAllowed({ "civil-affairs", "finance" })
    public Response enter(@PathParam("uscc") String uscc, @Valid @NotNull CreditRequests.EnterCreditRecord request) {
        CreditRecord record = records.enter(new CreditRecordFacts(uscc, request.kind(), request.severity(),
                request.source(), request.evidenceReference(), request.reason(), request.occurredOn(),
                request.decidedOn(), request.countsUntil(), null, access.officialRegion()), access.actor());
        return Response.created(URI.create("/api/v1/credit/records/" + record.id)).entity(view(record)).build();
    }

    @GET
    @Path("/suppliers/{uscc}/credit-records")
    @Authenticated
    public PageView<CreditRecordView> list(@PathParam("uscc") String uscc,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging paging = new Paging(page, size);
        access.requireMayRead(uscc);
        facts.require(uscc);
        return PageView.of(facts.records(uscc).stream().map(this::view).toList(), paging);
    }

    @GET
    @Path("/credit/records/{id}")
    @Authenticated
    public CreditRecordView get(@PathParam("id") UUID id) {
        CreditRecord record = records.require(id);
        access.requireMayRead(record.uscc);
        return view(record);
    }

    /** The supplier disputes a record about itself. */
    @POST
    @Path("/credit/records/{id}/contest")
    @RolesAllowed("supplier")
    public CreditRecordView contest(@PathParam("id") UUID id, @Valid @NotNull CreditRequests.Contest request) {
        access.requireSupplierItself(records.require(id).uscc);
        return view(records.contest(id, request.reason(), request.evidenceReference(), access.actor()));
    }

    @POST
    @Path("/credit/records/{id}/contest-rejection")
    @RolesAllowed({ "civil-affairs", "finance" })
    public CreditRecordView upholdContest(@PathParam("id") UUID id, @Valid @NotNull CreditRequests.Reason request) {
        requireAnswersFor(id);
        return view(records.upholdContest(id, request.reason(), access.actor()));
    }

    @POST
    @Path("/credit/records/{id}/correction")
    @RolesAllowed({ "civil-affairs", "finance" })
    public CreditRecordView correct(@PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.CorrectCreditRecord request) {
        requireAnswersFor(id);
        return view(records.correct(id, request.severity(), request.occurredOn(), request.decidedOn(),
                request.countsUntil(), request.reason(), access.actor()));
    }

    @POST
    @Path("/credit/records/{id}/revocation")
    @RolesAllowed({ "civil-affairs", "finance" })
    public CreditRecordView revoke(@PathParam("id") UUID id, @Valid @NotNull CreditRequests.Reason request) {
        requireAnswersFor(id);
        return view(records.revoke(id, request.reason(), access.actor()));
    }

    /** Officials of the region that entered the record (or above it) answer for it. */
    private void requireAnswersFor(UUID recordId) {
        access.requireActsFor(records.regionAnswerableFor(recordId));
    }

    private CreditRecordView view(CreditRecord record) {
        return CreditRecordView.of(record, records.trailOf(record.id));
    }
}
