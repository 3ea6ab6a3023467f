package org.govbuy.platform.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.govbuy.platform.request.RequestId;

/**
 * Applies a consumer's effect to an event exactly once: the effect and the inbox record commit in
 * one transaction, and a repeated event id is skipped. A failing effect is retried a few times
 * (each attempt in a new transaction); then the exception propagates, and the channel's
 * dead-letter strategy moves the record aside so the partition goes on. Poison is not retried.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    static final int ATTEMPTS = 3;
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(100);

    private final Inbox inbox;

    IdempotentConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Returns true when the effect ran, false when the event had been processed before. */
    public boolean process(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.requestId() != null) {
            RequestId.set(event.requestId());
        }
        try {
            return processWithRetries(consumer, event, effect);
        } finally {
            RequestId.clear();
        }
    }

    private boolean processWithRetries(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        Duration delay = FIRST_RETRY_DELAY;
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        LOG.debugf("%s: event %s (%s) already processed, skipped", consumer, event.id(), event.type());
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    LOG.warnf("%s: event %s (%s) failed %d times: %s", consumer, event.id(), event.type(), attempt,
                            e.getMessage());
                    throw e;
                }
                sleep(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
