package org.govbuy.credit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

import org.govbuy.credit.domain.DebarmentNotice;
import org.govbuy.credit.service.CreditRecords;
import org.govbuy.credit.service.DebarmentNotices;

/**
 * Notices before debarment (告知/申辩): the supplier reads its notices and states its case; the
 * officials answering for the record decide, with reasons.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DebarmentNoticeResource {

    public record NoticeView(UUID id, String uscc, UUID recordId, DebarmentNotice.Status status,
            LocalDate notifiedOn, LocalDate statementDeadline, String statement, Instant statementAt,
            LocalDate decidedOn, String decidedBy, String decisionReason) {
        static NoticeView of(DebarmentNotice n) {
            return new NoticeView(n.id, n.uscc, n.recordId, n.status, n.hearing.notifiedOn,
                    n.hearing.statementDeadline, n.hearing.statement, n.hearing.statementAt, n.decidedOn, n.decidedBy,
                    n.decisionReason);
        }
    }

    /** Debar (true) or withdraw (false), with reasons. */
    public record Decision(@NotNull Boolean debar, @NotBlank @Size(max = 1000) String reason) {
    }

    private final DebarmentNotices notices;
    private final CreditRecords records;
    private final CreditAccess access;

    DebarmentNoticeResource(DebarmentNotices notices, CreditRecords records, CreditAccess access) {
        this.notices = notices;
        this.records = records;
        this.access = access;
    }

    @GET
    @Path("/suppliers/{uscc}/debarment-notices")
    public List<NoticeView> of(@PathParam("uscc") String uscc) {
        access.requireMayRead(uscc);
        return notices.of(uscc).stream().map(NoticeView::of).toList();
    }

    @POST
    @Path("/credit/debarment-notices/{id}/statement")
    @RolesAllowed("supplier")
    public NoticeView statement(@PathParam("id") UUID id, @Valid @NotNull CreditRequests.Statement request) {
        access.requireSupplierItself(notices.require(id).uscc);
        return NoticeView.of(notices.takeStatement(id, request.statement()));
    }

    @POST
    @Path("/credit/debarment-notices/{id}/decision")
    @RolesAllowed({ "civil-affairs", "finance" })
    public NoticeView decide(@PathParam("id") UUID id, @Valid @NotNull Decision request) {
        access.requireActsFor(records.regionAnswerableFor(notices.require(id).recordId));
        return NoticeView.of(notices.decide(id, request.debar(), request.reason(), access.actor()));
    }
}
