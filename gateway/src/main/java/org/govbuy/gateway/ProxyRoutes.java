package org.govbuy.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards {@code /api/**} to the owning service through Vert.x's reverse proxy (headers,
 * including Authorization and X-Request-Id, pass through). Runs after edge authentication and the
 * rate limit.
 *
 * <p>Each service has its own connection pool with bounds: a request waits at most a short time
 * for a connection, and the service may stay silent at most its route's response time-out. What
 * the caller gets says whether the request can have reached the service: 503 with Retry-After
 * only when it cannot (connection refused, pool full or no connection in time), so a client may
 * safely repeat it; 504 when the service accepted it but stayed silent, 502 when the connection
 * broke — the request may have been applied, so a client repeats a POST only with an
 * Idempotency-Key.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final RouteTable routeTable;
    private final RateLimiter rateLimiter;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    ProxyRoutes(GatewayConfig config, RateLimiter rateLimiter) {
        this.config = config;
        this.routeTable = RouteTable.from(config.routes());
        this.rateLimiter = rateLimiter;
    }

    void register(@Observes Router router, Vertx vertx) {
        config.routes().forEach((service, upstream) -> proxies.put(service, newProxy(vertx, service, upstream)));
        router.route("/api/*").order(10).handler(rateLimiter::handle);
        router.route("/api/*").order(11).handler(this::forward);
    }

    private HttpProxy newProxy(Vertx vertx, String service, GatewayConfig.Upstream upstream) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) Math.max(1, upstream.keepAliveTimeout().toSeconds()))
                .setMaxPoolSize(upstream.maxConnections())
                .setMaxWaitQueueSize(upstream.maxWaiting()));
        int port = upstream.url().getPort() > 0 ? upstream.url().getPort() : 80;
        SocketAddress origin = SocketAddress.inetSocketAddress(port, upstream.url().getHost());
        RequestOptions options = new RequestOptions().setServer(origin)
                .setConnectTimeout(upstream.connectionWaitTimeout().toMillis())
                .setIdleTimeout(upstream.responseTimeout().toMillis());
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions(options))
                        .recover(failure -> Future.failedFuture(new NotSent(failure))))
                .addInterceptor(new UpstreamFailures(service));
    }

    private void forward(RoutingContext context) {
        routeTable.resolve(context.request().path()).ifPresentOrElse(
                route -> proxies.get(route.service()).handle(context.request()),
                () -> GatewayProblem.send(context, 404, "Not Found",
                        "no GovBuy service serves " + context.request().path()));
    }

    /** The gateway could not hand the request to the service at all. */
    static final class NotSent extends RuntimeException {
        NotSent(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Turns a failure between gateway and service into a problem+json answer that tells the client
     * whether repeating is safe; and keeps one X-Request-Id on the answer (the gateway's).
     */
    private static final class UpstreamFailures implements ProxyInterceptor {

        private final String service;

        UpstreamFailures(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            // the service continues the gateway's trace (the caller's, when it sent one)
            SpanContext span = Span.current().getSpanContext();
            if (span.isValid()) {
                context.request().headers().set("traceparent", "00-" + span.getTraceId() + "-" + span.getSpanId()
                        + "-" + span.getTraceFlags().asHex());
            }
            return context.sendRequest().recover(failure -> {
                int status;
                String title;
                String detail;
                if (failure instanceof NotSent) {
                    status = 503;
                    title = "Service Unavailable";
                    detail = service + "-service is not reachable now; the request was not sent, so it is safe to"
                            + " repeat";
                } else if (failure instanceof TimeoutException
                        || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout")) {
                    status = 504;
                    title = "Gateway Timeout";
                    detail = service + "-service did not answer in time; the request may have been applied";
                } else {
                    status = 502;
                    title = "Bad Gateway";
                    detail = service + "-service broke the connection; the request may have been applied";
                }
                LOG.warnf("%s %s -> %d: %s-service: %s", context.request().getMethod(), context.request().getURI(),
                        status, service, failure.getMessage());
                ProxyResponse response = context.request().response().release();
                response.setStatusCode(status);
                response.headers().clear();
                response.putHeader("Content-Type", GatewayProblem.MEDIA_TYPE);
                if (status == 503) {
                    response.putHeader("Retry-After", "5");
                }
                response.setBody(Body.body(GatewayProblem.body(status, title, detail, context.request().getURI())));
                return Future.succeededFuture(response);
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            // the gateway already set the caller's X-Request-Id; the service echoes the same one
            context.response().headers().remove(EdgeFilters.REQUEST_ID);
            return context.sendResponse();
        }
    }
}
