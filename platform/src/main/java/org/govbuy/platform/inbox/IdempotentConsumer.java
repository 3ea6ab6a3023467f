package org.govbuy.platform.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.govbuy.platform.request.RequestId;

/**
 * Applies a consumer's effect to an event exactly once: the effect and the inbox record commit in
 * one transaction, and a repeated event id is skipped.
 *
 * <p>A failure is retried by its kind ({@link FailureKind}): a transient one for as long as it
 * lasts, with back-off, without returning — so the record is not acknowledged and the offset does
 * not move while the database is away; an unknown one a few times; poison never. When this gives
 * up, the exception reaches the channel, whose dead-letter strategy moves the record aside so the
 * partition goes on; the {@code govbuy_dead_letters_total} counter says so.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    /** Attempts for a failure that is neither transient nor poison. */
    static final int UNKNOWN_FAILURE_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(5);

    private final Inbox inbox;
    private final MeterRegistry registry;
    private final DataSource dataSource;

    IdempotentConsumer(Inbox inbox, MeterRegistry registry, DataSource dataSource) {
        this.inbox = inbox;
        this.registry = registry;
        this.dataSource = dataSource;
    }

    /**
     * For a consumer that acts on some event types only: a record of another type is skipped by its
     * {@code ce_type} header, without a transaction or an inbox row; the rest as {@link #process}.
     * Returns true when the effect ran.
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record, java.util.Set<String> types,
            Consumer<IncomingEvent> effect) {
        org.apache.kafka.common.header.Header type = record.headers().lastHeader("ce_type");
        if (type != null && !types.contains(new String(type.value(), java.nio.charset.StandardCharsets.UTF_8))) {
            return false;
        }
        return process(consumer, record, effect);
    }

    /** Returns true when the effect ran, false when the event had been processed before. */
    public boolean process(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (PoisonMessageException e) {
            deadLettered(consumer, record.topic());
            throw e;
        }
        if (event.requestId() != null) {
            RequestId.set(event.requestId());
        }
        try {
            return processWithRetries(consumer, event, effect);
        } catch (RuntimeException e) {
            deadLettered(consumer, record.topic());
            throw e;
        } finally {
            RequestId.clear();
        }
    }

    private boolean processWithRetries(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        Duration delay = FIRST_RETRY_DELAY;
        int unknownFailures = 0;
        for (long attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        LOG.debugf("%s: event %s (%s) already processed, skipped", consumer, event.id(), event.type());
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
            } catch (RuntimeException e) {
                FailureKind kind = FailureKind.of(e);
                if (kind == FailureKind.UNKNOWN && !databaseAnswers()) {
                    // e.g. a commit that failed as the server went down: the cause is often lost on the way
                    kind = FailureKind.TRANSIENT;
                }
                if (kind == FailureKind.POISON
                        || (kind == FailureKind.UNKNOWN && ++unknownFailures >= UNKNOWN_FAILURE_ATTEMPTS)) {
                    LOG.warnf("%s: event %s (%s) cannot be processed (%s, attempt %d): %s", consumer, event.id(),
                            event.type(), kind, attempt, e.getMessage());
                    throw e;
                }
                if (kind == FailureKind.TRANSIENT && (attempt == 1 || attempt % 20 == 0)) {
                    LOG.warnf("%s: event %s waits for a transient failure to pass (attempt %d): %s", consumer,
                            event.id(), attempt, e.getMessage());
                }
                pause(delay);
                delay = delay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay.multipliedBy(2);
            }
        }
    }

    private void deadLettered(String consumer, String topic) {
        Counter.builder("govbuy.dead.letters").description("Events a consumer gave up on (moved to dead letters)")
                .tag("consumer", consumer).tag("topic", topic).register(registry).increment();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Not interruptible: a shutdown must not turn a waiting event into a dead letter. */
    private static void pause(Duration delay) {
        LockSupport.parkNanos(delay.toNanos());
    }
}
