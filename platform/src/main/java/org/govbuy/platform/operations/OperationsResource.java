package org.govbuy.platform.operations;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.govbuy.platform.inbox.DeadLetters;
import org.govbuy.platform.outbox.ParkedEvents;
import org.govbuy.platform.security.GovBuyClaims;

/**
 * What operators of every service need when events get stuck: the dead letters its consumers
 * gave up on (list, replay one) and the outbox rows the broker refused for good (list, retry one).
 * Served by each service itself for the role {@code operator}; the gateway does not route it.
 */
@Path("/api/v1/operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class OperationsResource {

    private final DeadLetters deadLetters;
    private final ParkedEvents parkedEvents;
    private final GovBuyClaims claims;

    OperationsResource(DeadLetters deadLetters, ParkedEvents parkedEvents, GovBuyClaims claims) {
        this.deadLetters = deadLetters;
        this.parkedEvents = parkedEvents;
        this.claims = claims;
    }

    @GET
    @Path("/dead-letters")
    public List<DeadLetters.DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    /** The outcome: processed now, or the reason it still cannot be (it stays a dead letter). */
    @POST
    @Path("/dead-letters/{partition}/{offset}/replay")
    public DeadLetters.Replay replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        return deadLetters.replay(partition, offset, claims.actor());
    }

    @GET
    @Path("/outbox/parked")
    public List<ParkedEvents.ParkedEvent> parked() {
        return parkedEvents.list();
    }

    @POST
    @Path("/outbox/parked/{id}/retry")
    public Response retry(@PathParam("id") UUID id) {
        parkedEvents.retry(id, claims.actor());
        return Response.noContent().build();
    }
}
