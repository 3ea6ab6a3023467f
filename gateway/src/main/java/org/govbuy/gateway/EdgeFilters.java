package org.govbuy.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before authentication and routing on every request: gives it a request id (kept from the
 * caller when plain and short, otherwise new) that goes upstream and back to the caller, and
 * refuses bodies over the limit with 413 before a byte is forwarded.
 */
@ApplicationScoped
public class EdgeFilters {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final long maxBodyBytes;

    EdgeFilters(GatewayConfig config) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::requestId, 1000);
        filters.register(this::bodyLimit, 900);
    }

    private void requestId(RoutingContext context) {
        String fromCaller = context.request().getHeader(REQUEST_ID);
        String id = fromCaller != null && ACCEPTABLE_ID.matcher(fromCaller).matches() ? fromCaller
                : UUID.randomUUID().toString();
        context.request().headers().set(REQUEST_ID, id);
        context.response().putHeader(REQUEST_ID, id);
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
            if (declared > maxBodyBytes) {
                GatewayProblem.send(context, 413, "Content Too Large",
                        "request bodies are limited to " + maxBodyBytes + " bytes");
                return;
            }
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
            // a chunked body has no declared size; the gateway cannot cap it without buffering it
            GatewayProblem.send(context, 411, "Length Required", "send request bodies with a Content-Length");
            return;
        }
        context.next();
    }
}
