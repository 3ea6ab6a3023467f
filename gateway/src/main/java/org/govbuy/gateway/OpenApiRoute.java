package org.govbuy.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /openapi}: one OpenAPI document for every service, merged from the services'
 * documents fetched all at once, and reused for a while ({@code openapi-cache-time}; a few seconds
 * only while a service is missing from it). Anonymous callers cannot make the gateway fan out on
 * every request. Served on the public port and, for the Swagger UI, on the management port.
 */
@ApplicationScoped
public class OpenApiRoute {

    /** Reuse of a document that lacks a service: short, so it is complete soon after the service is back. */
    private static final Duration INCOMPLETE_CACHE_TIME = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final UpstreamFetcher fetcher;
    private JsonObject document;
    private Instant fresh = Instant.MIN;

    OpenApiRoute(GatewayConfig config, UpstreamFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    void register(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    void registerForSwaggerUi(@Observes ManagementInterface management) {
        management.router().get("/q/govbuy-openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        context.vertx().executeBlocking(this::mergedDocument, false).onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "public, max-age=60").end(result.result().encodePrettily());
            } else {
                GatewayProblem.send(context, 500, "Internal Server Error", "the API document could not be built");
            }
        });
    }

    synchronized JsonObject mergedDocument() {
        if (document != null && Instant.now().isBefore(fresh)) {
            return document;
        }
        SortedMap<String, JsonObject> documents = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        fetcher.getFromEach(config, GatewayConfig.Upstream::openapiPath).forEach((service, answer) -> answer
                .filter(response -> response.statusCode() == 200)
                .flatMap(response -> parse(response.body()))
                .ifPresentOrElse(found -> documents.put(service, found), () -> unavailable.add(service)));
        document = OpenApiMerger.merge(documents, unavailable);
        fresh = Instant.now().plus(unavailable.isEmpty() ? config.openapiCacheTime() : INCOMPLETE_CACHE_TIME);
        return document;
    }

    private static Optional<JsonObject> parse(String body) {
        try {
            return Optional.of(new JsonObject(body));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }
}
