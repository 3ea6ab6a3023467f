package org.govbuy.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for the five services, one HTTP server each, so the gateway's own behaviour can be
 * tested in isolation: each answers with what it received, serves a small OpenAPI document and a
 * health answer. Three more routes misbehave: one points at a port where nothing listens, one
 * never answers, one drops the connection. (The real services behind
 * the gateway are exercised by the whole-suite run.)
 */
public class UpstreamStandIns implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("catalog", "tender", "contract", "evaluation", "credit");
    /** Every request a stand-in received: service, method, path. */
    static final ConcurrentLinkedQueue<String> RECEIVED = new ConcurrentLinkedQueue<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                RECEIVED.add(service + " " + request.method() + " " + request.path());
                if (request.path().equals("/q/openapi")) {
                    request.response().putHeader("Content-Type", "application/json").end(openApi(service).encode());
                } else if (request.path().equals("/q/health/ready")) {
                    request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
                } else {
                    request.response().putHeader("Content-Type", "application/json")
                            .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                            .end(new JsonObject()
                            .put("service", service)
                            .put("method", request.method().name())
                            .put("path", request.path())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("requestId", request.getHeader("X-Request-Id"))
                            .put("bodyLength", body.length())
                            .encode());
                }
            }));
            int port = await(server.listen(0, "127.0.0.1")).actualPort();
            config.put("govbuy.gateway.routes." + service + ".url", "http://127.0.0.1:" + port);
        }
        config.put("govbuy.gateway.routes.offline.url", "http://127.0.0.1:" + closedPort());
        config.put("govbuy.gateway.routes.offline.prefixes", "/api/v1/offline");
        // accepts connections and requests, never answers (a paused process)
        HttpServer stalled = vertx.createHttpServer().requestHandler(request -> RECEIVED.add("stalled "
                + request.method() + " " + request.path()));
        config.put("govbuy.gateway.routes.stalled.url", "http://127.0.0.1:" + await(stalled.listen(0, "127.0.0.1"))
                .actualPort());
        config.put("govbuy.gateway.routes.stalled.prefixes", "/api/v1/stalled");
        // the same kind of service behind a pool of one connection and no waiting room
        HttpServer busy = vertx.createHttpServer().requestHandler(request -> RECEIVED.add("busy "
                + request.method() + " " + request.path()));
        config.put("govbuy.gateway.routes.busy.url", "http://127.0.0.1:" + await(busy.listen(0, "127.0.0.1"))
                .actualPort());
        config.put("govbuy.gateway.routes.busy.prefixes", "/api/v1/busy");
        // reads the request, then drops the connection without an answer (a crash mid-request)
        HttpServer breaking = vertx.createHttpServer().requestHandler(request -> request.body().onComplete(body -> {
            RECEIVED.add("breaking " + request.method() + " " + request.path());
            request.connection().close();
        }));
        config.put("govbuy.gateway.routes.breaking.url", "http://127.0.0.1:"
                + await(breaking.listen(0, "127.0.0.1")).actualPort());
        config.put("govbuy.gateway.routes.breaking.prefixes", "/api/v1/breaking");
        return config;
    }

    private static JsonObject openApi(String service) {
        String path = "/api/v1/" + service + "-things";
        return new JsonObject().put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "GovBuy " + service + "-service").put("version", "1.0"))
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject()
                        .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK")))
                        .put("tags", new JsonArray()))))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Problem", new JsonObject().put("type", "object"))
                        .put(service + "Thing", new JsonObject().put("type", "object"))));
    }

    private static int closedPort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }
}
