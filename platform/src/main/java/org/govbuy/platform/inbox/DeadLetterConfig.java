package org.govbuy.platform.inbox;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** {@code govbuy.dead-letters.*}: the service's dead-letter topic, when it consumes events. */
@ConfigMapping(prefix = "govbuy.dead-letters")
public interface DeadLetterConfig {

    /** e.g. {@code tender.dlq}; the channels' {@code dead-letter-queue.topic}. */
    Optional<String> topic();
}
