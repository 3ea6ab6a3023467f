package org.govbuy.credit.rest;

import java.util.List;
import java.util.UUID;

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

import jakarta.annotation.security.RolesAllowed;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.credit.rest.CreditViews.ObligationView;
import org.govbuy.credit.service.DisclosureCompliance;
import org.govbuy.platform.idempotency.IdempotentCreate;

/**
 * Information disclosure (信息公开) by a social organisation: civil affairs or the organisation
 * itself records what was published; changes are announced with the day they happened.
 */
@Path("/api/v1/suppliers/{uscc}/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DisclosureResource {

    private final DisclosureCompliance disclosure;
    private final CreditAccess access;
    private final SecurityIdentity identity;

    DisclosureResource(DisclosureCompliance disclosure, CreditAccess access, SecurityIdentity identity) {
        this.disclosure = disclosure;
        this.access = access;
        this.identity = identity;
    }

    @GET
    public List<ObligationView> list(@PathParam("uscc") String uscc) {
        access.requireMayRead(uscc);
        return disclosure.obligationsOf(uscc).stream().map(ObligationView::of).toList();
    }

    @POST
    @Path("/annual-reports/{year}")
    public ObligationView annualReportPublished(@PathParam("uscc") String uscc, @PathParam("year") int year,
            @Valid @NotNull CreditRequests.Publication request) {
        requireCivilAffairsOrItself(uscc);
        return ObligationView.of(disclosure.annualReportPublished(uscc, year, request.publishedAt().toInstant(),
                request.publishedWhere()));
    }

    @IdempotentCreate
    @POST
    @Path("/changes")
    public Response changeOccurred(@PathParam("uscc") String uscc,
            @Valid @NotNull CreditRequests.ChangeToDisclose request) {
        requireCivilAffairsOrItself(uscc);
        return Response.status(Response.Status.CREATED).entity(ObligationView.of(
                disclosure.changeOccurred(uscc, request.whatChanged(), request.changedOn()))).build();
    }

    @POST
    @Path("/changes/{id}/publication")
    public ObligationView changePublished(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.Publication request) {
        requireCivilAffairsOrItself(uscc);
        return ObligationView.of(disclosure.changeReportPublished(uscc, id, request.publishedAt().toInstant(),
                request.publishedWhere()));
    }

    /** Civil affairs records a correction notice it issued (责令限期改正). */
    @POST
    @Path("/{id}/correction-notice")
    @RolesAllowed("civil-affairs")
    public ObligationView noticeIssued(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.CorrectionNotice request) {
        access.requireRegistrarOf(uscc);
        return ObligationView.of(disclosure.noticeIssued(uscc, id, request.issuedOn(), request.deadline()));
    }

    private void requireCivilAffairsOrItself(String uscc) {
        if (access.isSupplierItself(uscc)) {
            return;
        }
        if (!identity.hasRole("civil-affairs")) {
            throw new ForbiddenException("only civil affairs or the organisation itself records its disclosures");
        }
        access.requireRegistrarOf(uscc);
    }
}
