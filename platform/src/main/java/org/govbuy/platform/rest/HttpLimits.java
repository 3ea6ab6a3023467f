package org.govbuy.platform.rest;

import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code govbuy.http.*}: the input limits every service applies before a request reaches a
 * resource. The HTTP server's own body limit ({@code quarkus.http.limits.max-body-size}) is the hard
 * ceiling; a service with a large-body route (bid documents) raises it and keeps every other route
 * at {@link #maxBodySize()}.
 */
@ConfigMapping(prefix = "govbuy.http")
public interface HttpLimits {

    /** Longer query strings are refused with 414. */
    @WithDefault("4096")
    int maxQueryLength();

    /** Larger declared bodies are refused with 413, except on the large-body routes. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Routes that take larger bodies, by name: a regular expression over the path and the route's own limit. */
    Map<String, LargeBody> largeBodies();

    interface LargeBody {
        Pattern pathPattern();

        MemorySize maxSize();
    }
}
