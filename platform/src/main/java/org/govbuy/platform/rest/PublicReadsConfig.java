package org.govbuy.platform.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long public answers are kept in memory (ADR 51). */
@ConfigMapping(prefix = "govbuy.public-reads")
public interface PublicReadsConfig {

    /**
     * Longest an answer is served from memory: the bound on how stale a replica's answer can be
     * after a change committed by another replica, or after a day turns (views that depend on today).
     * Zero turns the cache off; ETags and 304s stay.
     */
    @WithDefault("1s")
    Duration cacheFor();

    /** Most answers kept; when full, all are dropped and the cache fills again. */
    @WithDefault("10000")
    int cacheEntries();
}
