package org.govbuy.credit.rest;

import java.util.List;
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

import io.quarkus.security.Authenticated;

import org.govbuy.credit.rest.CreditViews.ListingView;
import org.govbuy.credit.service.AbnormalListings;

/**
 * An organisation's abnormal listings and the decisions on them: the organisation states its case
 * (申辩) and applies for removal with proof (信用修复); civil affairs of its region decides.
 */
@Path("/api/v1/suppliers/{uscc}/abnormal-listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AbnormalListingResource {

    private final AbnormalListings listings;
    private final CreditAccess access;

    AbnormalListingResource(AbnormalListings listings, CreditAccess access) {
        this.listings = listings;
        this.access = access;
    }

    @GET
    public List<ListingView> list(@PathParam("uscc") String uscc) {
        access.requireMayRead(uscc);
        return listings.of(uscc).stream().map(ListingView::of).toList();
    }

    @POST
    @Path("/{id}/statement")
    @RolesAllowed("supplier")
    public ListingView statement(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.Statement request) {
        access.requireSupplierItself(uscc);
        return ListingView.of(listings.takeStatement(uscc, id, request.statement()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("civil-affairs")
    public ListingView decide(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.ListingDecision request) {
        access.requireRegistrarOf(uscc);
        return ListingView.of(listings.decide(uscc, id, request.list(), request.reason(), access.actor()));
    }

    @POST
    @Path("/{id}/repair-application")
    @RolesAllowed("supplier")
    public ListingView applyForRepair(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.RepairApplication request) {
        access.requireSupplierItself(uscc);
        return ListingView.of(listings.applyForRepair(uscc, id, request.statement(), request.evidenceReference()));
    }

    @POST
    @Path("/{id}/repair-rejection")
    @RolesAllowed("civil-affairs")
    public ListingView rejectRepair(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.Reason request) {
        access.requireRegistrarOf(uscc);
        return ListingView.of(listings.rejectRepair(uscc, id, request.reason(), access.actor()));
    }

    @POST
    @Path("/{id}/removal")
    @RolesAllowed("civil-affairs")
    public ListingView remove(@PathParam("uscc") String uscc, @PathParam("id") UUID id,
            @Valid @NotNull CreditRequests.Reason request) {
        access.requireRegistrarOf(uscc);
        return ListingView.of(listings.remove(uscc, id, request.reason(), access.actor()));
    }
}
