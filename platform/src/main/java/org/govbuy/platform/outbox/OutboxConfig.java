package org.govbuy.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code govbuy.outbox.*}: where and how the relay publishes this service's events. */
@ConfigMapping(prefix = "govbuy.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all. */
    @WithDefault("true")
    boolean enabled();

    /** The service's topic, e.g. {@code credit.events}. */
    String topic();

    /** CloudEvents {@code source}, e.g. {@code /govbuy/credit}. */
    String source();

    /** Rows published per round and transaction. */
    @WithDefault("200")
    int batchSize();

    /** Fallback poll when no notification arrives (a missed NOTIFY is never fatal). */
    @WithDefault("2s")
    Duration pollInterval();

    /** First wait after a failed round; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** Published rows are kept this long (for audit and replay by hand), then deleted. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Create the topic at start-up when it is missing, so consumers that subscribe before the first
     * event find it. Off where topics are managed elsewhere (Strimzi KafkaTopic on Kubernetes).
     */
    @WithDefault("true")
    boolean createTopic();

    @WithDefault("3")
    int topicPartitions();

    /** Replicas of the topic: 1 on one machine, 3 in production. */
    @WithDefault("1")
    short topicReplicationFactor();

    /** The topic's {@code min.insync.replicas}: 1 on one machine, 2 in production. */
    @WithDefault("1")
    int topicMinInsyncReplicas();

    /**
     * The largest event (payload plus envelope) a change may cause; below the producer's
     * {@code max.request.size} and the broker's {@code message.max.bytes} (both about 1 MiB).
     */
    @WithDefault("900K")
    io.quarkus.runtime.configuration.MemorySize maxEventSize();
}
