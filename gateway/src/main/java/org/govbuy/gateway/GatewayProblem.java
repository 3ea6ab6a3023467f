package org.govbuy.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem details written by the gateway itself (413, 429, 404, 502, 503 …). */
public final class GatewayProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private GatewayProblem() {
    }

    public static Buffer body(int status, String title, String detail, String instance) {
        return new JsonObject()
                .put("type", "https://govbuy.org/problems/" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }

    public static void send(RoutingContext context, int status, String title, String detail) {
        if (context.response().ended()) {
            return;
        }
        context.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, title, detail, context.request().path()));
    }
}
