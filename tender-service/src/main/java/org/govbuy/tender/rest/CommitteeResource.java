package org.govbuy.tender.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.tender.domain.Committee;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.rest.CommitteeViews.CommitteeView;
import org.govbuy.tender.service.Committees;
import org.govbuy.tender.service.Tenders;

/**
 * A tender's evaluation committee (评标委员会): drawn by the tender's purchaser after the opening, read
 * by it, by finance and auditors of the region and by the committee's own members; members declare
 * conflicts here. Anyone else finds no committee (404).
 */
@Path("/api/v1/tenders/{id}/committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    private final Committees committees;
    private final Tenders tenders;
    private final TenderAccess access;
    private final GovBuyClaims claims;
    private final SecurityIdentity identity;

    CommitteeResource(Committees committees, Tenders tenders, TenderAccess access, GovBuyClaims claims,
            SecurityIdentity identity) {
        this.committees = committees;
        this.tenders = tenders;
        this.access = access;
        this.claims = claims;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("purchaser")
    public Response draw(@PathParam("id") UUID id, @Valid @NotNull CommitteeRequests.Draw request) {
        access.requireOwns(TenderResource.owner(tenders.require(id)));
        Committee committee = committees.draw(id, request.members(), request.purchaserRepresentatives().stream()
                .map(CommitteeRequests.RepresentativeRequest::toRepresentative).toList(), access.actor());
        return Response.created(URI.create("/api/v1/tenders/" + id + "/committee")).entity(view(committee)).build();
    }

    @GET
    @RolesAllowed({ "purchaser", "finance", "auditor", "expert" })
    public CommitteeView get(@PathParam("id") UUID id) {
        requireMaySee(id);
        return view(committees.require(id));
    }

    /** 回避声明: a member declares no conflict with the named bidders, or a conflict (and is replaced). */
    @POST
    @Path("/declaration")
    @RolesAllowed({ "expert", "purchaser" })
    public CommitteeView declare(@PathParam("id") UUID id, @Valid @NotNull CommitteeRequests.Declaration request) {
        String username = claims.username().orElseThrow(() -> new NotFoundProblem("no committee of tender " + id));
        return view(committees.declare(id, username, request.conflictDeclared()));
    }

    private void requireMaySee(UUID id) {
        boolean member = claims.username().filter(u -> committees.seats(id, u)).isPresent();
        if (member && (identity.hasRole("expert") || identity.hasRole("purchaser"))) {
            return;
        }
        Tender tender = tenders.require(id);
        if (identity.hasRole("expert")) {
            throw new NotFoundProblem("no committee of tender " + id);
        }
        access.requireMaySee(TenderResource.owner(tender));
    }

    private CommitteeView view(Committee committee) {
        return CommitteeView.of(committee, committees.members(committee.tenderId));
    }
}
