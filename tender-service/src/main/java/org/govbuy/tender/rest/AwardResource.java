package org.govbuy.tender.rest;

import java.net.URI;
import java.time.Clock;
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
import jakarta.ws.rs.core.Response;

import io.quarkus.security.ForbiddenException;

import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.tender.domain.AwardChallenge;
import org.govbuy.tender.domain.LotAward;
import org.govbuy.tender.rest.AwardViews.AwardView;
import org.govbuy.tender.rest.AwardViews.ChallengeView;
import org.govbuy.tender.service.Awards;
import org.govbuy.tender.service.Tenders;

/**
 * A tender's awards: bidders of a lot challenge its recommended award (质疑) and its winner may
 * decline (弃标); the tender's purchaser answers challenges; the purchaser, finance and auditors of
 * the region read the awards and every challenge with its evidence.
 */
@Path("/api/v1/tenders/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    private final Awards awards;
    private final Tenders tenders;
    private final TenderAccess access;
    private final GovBuyClaims claims;
    private final Clock clock;

    AwardResource(Awards awards, Tenders tenders, TenderAccess access, GovBuyClaims claims, Clock clock) {
        this.awards = awards;
        this.tenders = tenders;
        this.access = access;
        this.claims = claims;
        this.clock = clock;
    }

    @GET
    @Path("/awards")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public List<AwardView> list(@PathParam("id") UUID id) {
        access.requireMaySee(TenderResource.owner(tenders.require(id)));
        List<LotAward> found = awards.awards(id);
        var names = AwardViews.names(found);
        return found.stream().map(a -> AwardView.of(a, names)).toList();
    }

    @GET
    @Path("/challenges")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public List<ChallengeView> challenges(@PathParam("id") UUID id) {
        access.requireMaySee(TenderResource.owner(tenders.require(id)));
        return awards.challenges(id).stream().map(c -> ChallengeView.of(c, clock.instant())).toList();
    }

    @POST
    @Path("/lots/{lot}/challenges")
    @RolesAllowed("supplier")
    public Response challenge(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @Valid @NotNull AwardRequests.Challenge request) {
        AwardChallenge challenge = awards.challenge(id, lot, uscc(), request.grounds().strip(), request.evidence().strip());
        return Response.created(URI.create("/api/v1/tenders/" + id + "/challenges/" + challenge.id))
                .entity(ChallengeView.of(challenge, clock.instant())).build();
    }

    @POST
    @Path("/challenges/{challengeId}/answer")
    @RolesAllowed("purchaser")
    public ChallengeView answer(@PathParam("id") UUID id, @PathParam("challengeId") UUID challengeId,
            @Valid @NotNull AwardRequests.ChallengeAnswer request) {
        access.requireOwns(TenderResource.owner(tenders.require(id)));
        AwardChallenge answered = awards.answer(id, challengeId, request.upheld(), request.resolution(),
                request.answer().strip(), access.actor());
        return ChallengeView.of(answered, clock.instant());
    }

    @POST
    @Path("/lots/{lot}/award/declination")
    @RolesAllowed("supplier")
    public AwardView decline(@PathParam("id") UUID id, @PathParam("lot") int lot,
            @Valid @NotNull AwardRequests.Declination request) {
        LotAward declined = awards.decline(id, lot, uscc(), request.reason().strip());
        return AwardView.of(declined, AwardViews.names(List.of(declined)));
    }

    private String uscc() {
        return claims.uscc().orElseThrow(() -> new ForbiddenException("the token names no supplier (claim uscc)"));
    }
}
