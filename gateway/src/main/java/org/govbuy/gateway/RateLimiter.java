package org.govbuy.gateway;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.RoutingContext;

/**
 * A token bucket per client (bucket4j), kept in a bounded cache. Runs after authentication, so
 * the client is the verified token subject; anonymous callers are told apart by address — the
 * peer's, or behind trusted proxies the one they name (Quarkus resolves it from X-Forwarded-For
 * only for peers in {@code quarkus.http.proxy.trusted-proxies}).
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit limit;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimiter(GatewayConfig config) {
        this.limit = config.rateLimit();
    }

    /** Passes the request on, or answers 429 with Retry-After in whole seconds. */
    public void handle(RoutingContext context) {
        if (!limit.enabled()) {
            context.next();
            return;
        }
        Bucket bucket = buckets.get(clientOf(context), key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        context.response().putHeader("Retry-After", Long.toString(retryAfter));
        GatewayProblem.send(context, 429, "Too Many Requests",
                "more than " + limit.requestsPerSecond() + " requests per second; retry after " + retryAfter + " s");
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.burst())
                .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)).build()).build();
    }

    private static String clientOf(RoutingContext context) {
        if (context.user() != null && context.user().principal() != null) {
            String subject = context.user().principal().getString("username");
            if (subject != null && !subject.isBlank()) {
                return "user:" + subject;
            }
        }
        return "addr:" + context.request().remoteAddress().host();
    }
}
