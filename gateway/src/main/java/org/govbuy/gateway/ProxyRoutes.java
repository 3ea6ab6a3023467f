package org.govbuy.gateway;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

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
 * rate limit. A service that cannot be reached gives a problem+json 503 quickly, not a hang.
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
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(100)
                .setKeepAlive(true));
        config.routes().forEach((service, upstream) -> proxies.put(service, newProxy(client, service, upstream)));
        router.route("/api/*").order(10).handler(rateLimiter::handle);
        router.route("/api/*").order(11).handler(this::forward);
    }

    private HttpProxy newProxy(HttpClient client, String service, GatewayConfig.Upstream upstream) {
        int port = upstream.url().getPort() > 0 ? upstream.url().getPort() : 80;
        SocketAddress origin = SocketAddress.inetSocketAddress(port, upstream.url().getHost());
        long idleTimeout = config.upstreamIdleTimeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                        .setServer(origin).setIdleTimeout(idleTimeout)))
                .addInterceptor(new UnavailableServiceInterceptor(service));
    }

    private void forward(RoutingContext context) {
        routeTable.resolve(context.request().path()).ifPresentOrElse(
                route -> proxies.get(route.service()).handle(context.request()),
                () -> GatewayProblem.send(context, 404, "Not Found",
                        "no GovBuy service serves " + context.request().path()));
    }

    /** Turns "could not reach the service" into a problem+json answer the client can act on. */
    private static final class UnavailableServiceInterceptor implements ProxyInterceptor {

        private final String service;

        UnavailableServiceInterceptor(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                boolean timedOut = failure instanceof java.util.concurrent.TimeoutException
                        || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout");
                int status = timedOut ? 504 : 503;
                LOG.warnf("%s-service did not answer %s %s: %s", service, context.request().getMethod(),
                        context.request().getURI(), failure.getMessage());
                ProxyResponse response = context.request().response().release();
                response.setStatusCode(status);
                response.headers().clear();
                response.putHeader("Content-Type", GatewayProblem.MEDIA_TYPE);
                if (status == 503) {
                    response.putHeader("Retry-After", "5");
                }
                response.setBody(Body.body(GatewayProblem.body(status,
                        timedOut ? "Gateway Timeout" : "Service Unavailable",
                        service + "-service " + (timedOut ? "did not answer in time" : "is not reachable"),
                        context.request().getURI())));
                return Future.succeededFuture(response);
            });
        }
    }
}
