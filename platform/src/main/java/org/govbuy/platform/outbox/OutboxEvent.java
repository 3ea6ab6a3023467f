package org.govbuy.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event waiting in the outbox. Written only by {@link Outbox#record}, read and marked
 * published by the {@link OutboxRelay} through plain JDBC.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(name = "aggregate_id", nullable = false, length = 128)
    public String aggregateId;

    @Column(name = "event_type", nullable = false, length = 200)
    public String eventType;

    @Column(length = 6)
    public String region;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "request_id", length = 128)
    public String requestId;

    @Column(length = 128)
    public String traceparent;

    /** The aggregate's sequence number (1, 2, …), in commit order. */
    @Column(nullable = false)
    public long sequence;

    @Column(name = "published_at")
    public Instant publishedAt;
}
