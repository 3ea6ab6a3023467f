package org.govbuy.gateway;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before authentication and routing on every request: gives it a request id (kept from the
 * caller when plain and short, otherwise new) that goes upstream and back to the caller and into
 * the gateway's access log line; refuses paths that are not normalized (so no path can mean one
 * thing here and another in a service), overlong query strings, and bodies over the limit — also
 * bodies whose size is not declared — with problem+json before a byte is forwarded.
 */
@ApplicationScoped
public class EdgeFilters {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger ACCESS = Logger.getLogger("org.govbuy.gateway.access");
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Methods whose requests carry no body when they declare none. */
    private static final Set<HttpMethod> BODILESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.DELETE);

    private final long maxBodyBytes;
    private final java.util.List<GatewayConfig.LargeBody> largeBodies;
    private final int maxQueryLength;

    EdgeFilters(GatewayConfig config) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.largeBodies = java.util.List.copyOf(config.largeBodies().values());
        this.maxQueryLength = config.maxQueryLength();
    }

    void register(@Observes Filters filters) {
        filters.register(this::requestId, 1000);
        filters.register(this::normalizedPath, 950);
        filters.register(this::queryLength, 940);
        filters.register(this::bodyLimit, 900);
    }

    private void requestId(RoutingContext context) {
        String fromCaller = context.request().getHeader(REQUEST_ID);
        String id = fromCaller != null && ACCEPTABLE_ID.matcher(fromCaller).matches() ? fromCaller
                : UUID.randomUUID().toString();
        context.request().headers().set(REQUEST_ID, id);
        context.response().putHeader(REQUEST_ID, id);
        long started = System.nanoTime();
        context.addEndHandler(ended -> {
            MDC.put("requestId", id);
            try {
                ACCESS.infof("%s %s -> %d in %d ms", context.request().method(), context.request().path(),
                        context.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
            } finally {
                MDC.remove("requestId");
            }
        });
        context.next();
    }

    private void normalizedPath(RoutingContext context) {
        String problem = PathRules.problemWith(rawPath(context.request().uri()));
        if (problem != null) {
            GatewayProblem.send(context, 400, "Bad Request", "the path is refused: " + problem);
            return;
        }
        context.next();
    }

    private void queryLength(RoutingContext context) {
        String query = context.request().query();
        if (query != null && query.length() > maxQueryLength) {
            GatewayProblem.send(context, 414, "URI Too Long", "the query string has " + query.length()
                    + " characters; at most " + maxQueryLength + " are accepted");
            return;
        }
        context.next();
    }

    private void bodyLimit(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                GatewayProblem.send(context, 400, "Bad Request", "Content-Length is not a number");
                return;
            }
            long limit = bodyLimitOf(rawPath(context.request().uri()));
            if (declared > limit) {
                GatewayProblem.send(context, 413, "Content Too Large",
                        "request bodies are limited to " + limit + " bytes on this route");
                return;
            }
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)
                || mayCarryUndeclaredBody(context)) {
            // a body of undeclared size could not be capped without buffering it
            GatewayProblem.send(context, 411, "Length Required", "send request bodies with a Content-Length");
            return;
        }
        context.next();
    }

    /** The body limit of a path: a large-body route's own, else the gateway's small one. */
    private long bodyLimitOf(String path) {
        for (GatewayConfig.LargeBody route : largeBodies) {
            if (route.pathPattern().matcher(path).matches()) {
                return route.maxSize().asLongValue();
            }
        }
        return maxBodyBytes;
    }

    /**
     * HTTP/2 has no chunked encoding: a request without Content-Length may still stream a body of
     * any size. Only a request that ended with its headers, or a method that carries no body, may
     * come without one.
     */
    private static boolean mayCarryUndeclaredBody(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            return false;
        }
        return !context.request().isEnded() && !BODILESS.contains(context.request().method());
    }

    /** The path as the client sent it, before any decoding. */
    private static String rawPath(String uri) {
        int end = uri.length();
        for (char stop : new char[] { '?', '#' }) {
            int at = uri.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = uri.substring(0, end);
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        return path;
    }

    /** What makes a path ambiguous between the gateway and a service. */
    static final class PathRules {

        private PathRules() {
        }

        static String problemWith(String rawPath) {
            String lower = rawPath.toLowerCase(Locale.ROOT);
            if (lower.contains("%2f") || lower.contains("%5c") || rawPath.contains("\\")) {
                return "encoded slashes and backslashes are not allowed";
            }
            if (rawPath.contains("//")) {
                return "empty path segments (//) are not allowed";
            }
            if (rawPath.contains(";")) {
                return "path parameters (;) are not allowed";
            }
            for (String segment : lower.split("/")) {
                String decoded = segment.replace("%2e", ".");
                if (decoded.equals(".") || decoded.equals("..")) {
                    return "dot segments (. and ..) are not allowed";
                }
            }
            if (lower.contains("%25")) {
                return "double percent-encoding is not allowed";
            }
            return null;
        }
    }
}
