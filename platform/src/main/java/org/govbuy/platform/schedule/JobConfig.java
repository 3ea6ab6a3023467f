package org.govbuy.platform.schedule;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code govbuy.jobs.*}: how this instance runs durable jobs. */
@ConfigMapping(prefix = "govbuy.jobs")
public interface JobConfig {

    /** Whether this instance runs due jobs at all (every instance may; each job runs once). */
    @WithDefault("true")
    boolean enabled();

    /** How often to look for due jobs. */
    @WithDefault("1s")
    Duration pollInterval();

    /** A failed job is tried again after this, doubling per attempt up to {@link #maxRetryDelay()}. */
    @WithDefault("5s")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();
}
