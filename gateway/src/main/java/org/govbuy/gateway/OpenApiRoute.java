package org.govbuy.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /openapi}: one OpenAPI document for every service, fetched and merged on request. */
@ApplicationScoped
public class OpenApiRoute {

    private final GatewayConfig config;
    private final UpstreamFetcher fetcher;

    OpenApiRoute(GatewayConfig config, UpstreamFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    void register(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        context.vertx().executeBlocking(this::mergedDocument, false).onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader("Content-Type", "application/json").end(result.result().encodePrettily());
            } else {
                GatewayProblem.send(context, 500, "Internal Server Error", "the API document could not be built");
            }
        });
    }

    JsonObject mergedDocument() {
        SortedMap<String, JsonObject> documents = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        config.routes().forEach((service, upstream) -> fetcher.get(upstream.url(), upstream.openapiPath())
                .filter(response -> response.statusCode() == 200)
                .flatMap(response -> parse(response.body()))
                .ifPresentOrElse(document -> documents.put(service, document), () -> unavailable.add(service)));
        unavailable.sort(null);
        return OpenApiMerger.merge(documents, unavailable);
    }

    private static java.util.Optional<JsonObject> parse(String body) {
        try {
            return java.util.Optional.of(new JsonObject(body));
        } catch (DecodeException e) {
            return java.util.Optional.empty();
        }
    }
}
