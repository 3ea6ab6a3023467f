package org.govbuy.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumer whose dead letters an operator can replay: {@link DeadLetters} hands a record back to
 * the consumer of the topic it came from, which processes it as it would have (idempotently).
 */
public interface ReplayableConsumer {

    /** Whether this consumer reads {@code topic}. */
    boolean reads(String topic);

    /** Processes one record; throws when it still cannot be processed. */
    void consume(ConsumerRecord<String, String> record);
}
