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

    /** How long to wait for a service to accept a connection before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent during a request before the gateway gives up (504). */
    @WithDefault("30s")
    Duration upstreamIdleTimeout();

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
