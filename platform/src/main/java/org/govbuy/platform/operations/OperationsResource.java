package org.govbuy.platform.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.inbox.DeadLetters;
import org.govbuy.platform.outbox.ParkedEvents;
import org.govbuy.platform.rest.PublicReadCache;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.time.TravellingClock;

/**
 * What operators of every service need when events get stuck: the dead letters its consumers
 * gave up on (list, replay one) and the outbox rows the broker refused for good (list, retry one);
 * and, in the local demo suite only, the service's clock.
 * Served by each service itself for the role {@code operator}; the gateway does not route it.
 */
@Path("/api/v1/operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class OperationsResource {

    private static final Logger LOG = Logger.getLogger(OperationsResource.class);

    private final DeadLetters deadLetters;
    private final ParkedEvents parkedEvents;
    private final GovBuyClaims claims;
    private final Clock clock;

    private final PublicReadCache publicReads;

    OperationsResource(DeadLetters deadLetters, ParkedEvents parkedEvents, GovBuyClaims claims, Clock clock,
            PublicReadCache publicReads) {
        this.deadLetters = deadLetters;
        this.parkedEvents = parkedEvents;
        this.claims = claims;
        this.clock = clock;
        this.publicReads = publicReads;
    }

    /** The service's time, and how far it was moved from real time (zero where it cannot move). */
    public record ClockView(Instant now, Duration offset, boolean travels) {
    }

    /** Where an operator moves a travelling clock to. */
    public record ClockTravel(@NotNull Instant travelTo) {
    }

    @GET
    @Path("/clock")
    public ClockView clock() {
        Instant now = clock.instant();
        return new ClockView(now, Duration.between(Instant.now(), now).withNanos(0), clock instanceof TravellingClock);
    }

    /**
     * The local demo suite's time machine (ADR 40): moves this service's clock, and with it every
     * deadline and due job. Only where {@code govbuy.operations.clock-travel} is on; 404 elsewhere.
     */
    @PUT
    @Path("/clock")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockView travel(@Valid @NotNull ClockTravel request) {
        travelling().travelTo(request.travelTo());
        publicReads.forget(); // views that depend on today change with no event
        LOG.warnf("operator %s moved the clock to %s", claims.actor(), request.travelTo());
        return clock();
    }

    @DELETE
    @Path("/clock")
    public ClockView backToRealTime() {
        travelling().reset();
        publicReads.forget();
        LOG.warnf("operator %s set the clock back to real time", claims.actor());
        return clock();
    }

    private TravellingClock travelling() {
        if (clock instanceof TravellingClock travelling) {
            return travelling;
        }
        throw new NotFoundProblem("this service's clock does not travel (govbuy.operations.clock-travel is off)");
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
