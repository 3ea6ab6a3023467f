package org.govbuy.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code govbuy.gateway.*}: the route table and the limits at the edge. */
@ConfigMapping(prefix = "govbuy.gateway")
public interface GatewayConfig {

    /** Upstream services by name (e.g. {@code credit}). */
    Map<String, Upstream> routes();

    /** Requests with a larger body are refused with 413 before they reach a service. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * Routes that take larger bodies than {@link #maxBodySize()} (bid documents), by name: a
     * regular expression over the raw path and that route's own limit. Every other path keeps the
     * small limit.
     */
    Map<String, LargeBody> largeBodies();

    interface LargeBody {
        java.util.regex.Pattern pathPattern();

        MemorySize maxSize();
    }

    /** Longer query strings are refused with 414 (the HTTP decoder's own limit is set well above). */
    @WithDefault("4096")
    int maxQueryLength();

    /** How long to wait for a service to accept a TCP connection before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long the merged API document is reused before the services are asked again. */
    @WithDefault("60s")
    Duration openapiCacheTime();

    /** How long the services' health, as the gateway shows it, is reused. */
    @WithDefault("2s")
    Duration healthCacheTime();

    RateLimit rateLimit();

    interface Upstream {
        /** Base URL of the service, e.g. {@code http://127.0.0.1:8085}. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/suppliers}. */
        List<String> prefixes();

        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        @WithDefault("/q/health/ready")
        String healthPath();

        /**
         * How long the service may stay silent — before its first byte, and between two — before
         * the gateway answers 504. A few seconds: a stopped service must not hold callers for long.
         */
        @WithDefault("5s")
        Duration responseTimeout();

        /** Connections to the service at most; requests beyond wait for one. */
        @WithDefault("50")
        int maxConnections();

        /**
         * Requests waiting for a connection at most; one more is refused at once (503). Large enough
         * for a deadline burst (hundreds of suppliers bidding in the last seconds, each waiting at
         * most the acquire timeout): a bid refused as "busy" just before the deadline is lost to its
         * supplier, so the gateway queues it rather than shedding it.
         */
        @WithDefault("1000")
        int maxWaiting();

        /** How long a request may wait for a connection before it is refused (503). */
        @WithDefault("2s")
        Duration connectionWaitTimeout();

        /**
         * An idle pooled connection is closed after this, in whole seconds: shorter than the
         * service's own idle time-out, so the gateway never sends on a connection the service is
         * closing.
         */
        @WithDefault("15s")
        Duration keepAliveTimeout();
    }

    /** A token bucket per client: the authenticated subject, else the remote address. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client. */
        @WithDefault("50")
        long requestsPerSecond();

        /** Requests a client may send at once before the sustained rate applies. */
        @WithDefault("100")
        long burst();
    }
}
