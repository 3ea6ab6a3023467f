package org.govbuy.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govbuy.platform.request.RequestId;

/**
 * Records events in the caller's transaction. It refuses to run without one: an event recorded
 * outside the transaction of its state change is exactly the dual write the outbox exists to avoid.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Persists the event with a new id; it is published after the surrounding transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateId = event.aggregateId();
        row.eventType = event.type();
        row.region = event.region();
        row.occurredAt = clock.instant();
        row.payload = toJson(event.data());
        row.requestId = RequestId.current().orElse(null);
        row.traceparent = RequestId.traceparent().orElse(null);
        entityManager.persist(row);
        return row.id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
