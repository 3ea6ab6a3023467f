package org.govbuy.gateway;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;
import io.vertx.core.json.JsonObject;

/**
 * Whether every service behind the gateway is ready, shown in {@code /q/health} (and
 * {@code /q/health/well}) on the management port. Deliberately not a readiness check: the
 * gateway still serves the services that are up when one is not. The services are asked all at
 * once, and the answer is reused for a moment, so a burst of health probes is one fan-out.
 */
@Wellness
@ApplicationScoped
public class ServicesHealthCheck implements HealthCheck {

    private final GatewayConfig config;
    private final UpstreamFetcher fetcher;
    private volatile Map<String, String> lastStatuses;
    private volatile Instant askedAt = Instant.MIN;

    ServicesHealthCheck(GatewayConfig config, UpstreamFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("govbuy-services").up();
        statuses().forEach((service, status) -> {
            builder.withData(service, status);
            if (!"UP".equals(status)) {
                builder.down();
            }
        });
        return builder.build();
    }

    private synchronized Map<String, String> statuses() {
        if (lastStatuses == null || Instant.now().isAfter(askedAt.plus(config.healthCacheTime()))) {
            Map<String, String> statuses = new java.util.TreeMap<>();
            fetcher.getFromEach(config, GatewayConfig.Upstream::healthPath).forEach((service, answer) ->
                    statuses.put(service, answer.map(response -> statusOf(response.body())).orElse("UNREACHABLE")));
            lastStatuses = statuses;
            askedAt = Instant.now();
        }
        return lastStatuses;
    }

    private static String statusOf(String body) {
        try {
            return new JsonObject(body).getString("status", "UNKNOWN");
        } catch (RuntimeException e) {
            return "UNKNOWN";
        }
    }
}
