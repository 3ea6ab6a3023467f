package org.govbuy.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;
import io.vertx.core.json.JsonObject;

/**
 * Whether every service behind the gateway is ready, shown in {@code /q/health} (and
 * {@code /q/health/well}). Deliberately not a readiness check: the gateway still serves the
 * services that are up when one is not.
 */
@Wellness
@ApplicationScoped
public class ServicesHealthCheck implements HealthCheck {

    private final GatewayConfig config;
    private final UpstreamFetcher fetcher;

    ServicesHealthCheck(GatewayConfig config, UpstreamFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("govbuy-services").up();
        config.routes().forEach((service, upstream) -> {
            String status = fetcher.get(upstream.url(), upstream.healthPath())
                    .map(response -> statusOf(response.body()))
                    .orElse("UNREACHABLE");
            builder.withData(service, status);
            if (!"UP".equals(status)) {
                builder.down();
            }
        });
        return builder.build();
    }

    private static String statusOf(String body) {
        try {
            return new JsonObject(body).getString("status", "UNKNOWN");
        } catch (RuntimeException e) {
            return "UNKNOWN";
        }
    }
}
