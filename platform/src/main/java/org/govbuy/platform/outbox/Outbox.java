package org.govbuy.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

import org.govbuy.platform.request.RequestId;
import org.govbuy.platform.rest.PublicReadCache;

/**
 * Records events in the caller's transaction. It refuses to run without one: an event recorded
 * outside the transaction of its state change is exactly the dual write the outbox exists to avoid.
 *
 * <p>Each event gets the next sequence number of its aggregate. Taking it locks the aggregate's
 * sequence row until the transaction ends, so events of one aggregate commit, and are published,
 * in sequence order. An event larger than the broker would take is refused here, so the change
 * that caused it rolls back instead of leaving an event that can never leave.
 */
@ApplicationScoped
public class Outbox {

    /** Room for the key and the CloudEvents headers beside the payload. */
    static final int ENVELOPE_ALLOWANCE = 2048;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final OutboxConfig config;

    private final PublicReadCache publicReads;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock, OutboxConfig config,
            PublicReadCache publicReads) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.config = config;
        this.publicReads = publicReads;
    }

    /** Persists the event with a new id; it is published after the surrounding transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        String payload = toJson(event.data());
        long size = (long) payload.getBytes(StandardCharsets.UTF_8).length + ENVELOPE_ALLOWANCE;
        long limit = config.maxEventSize().asLongValue();
        if (size > limit) {
            throw new EventTooLargeException(event.type(), size, limit);
        }
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateId = event.aggregateId();
        row.eventType = event.type();
        row.region = event.region();
        row.occurredAt = clock.instant();
        row.payload = payload;
        row.sequence = nextSequence(event.aggregateId());
        row.requestId = RequestId.current().orElse(null);
        row.traceparent = currentTraceparent();
        entityManager.persist(row);
        // whatever changed may be shown publicly: answers kept from before are dropped as it commits
        publicReads.forgetAfterCommit();
        return row.id;
    }

    /**
     * The W3C traceparent of the span this change happens in (the request's, or the consumed
     * event's), so the consumers of the event continue the same trace.
     */
    private static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        return RequestId.traceparent().orElse(null);
    }

    private long nextSequence(String aggregateId) {
        Object next = entityManager.createNativeQuery("""
                INSERT INTO outbox_sequence (aggregate_id, last_sequence) VALUES (?1, 1)
                ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = outbox_sequence.last_sequence + 1
                RETURNING last_sequence""").setParameter(1, aggregateId).getSingleResult();
        return ((Number) next).longValue();
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
