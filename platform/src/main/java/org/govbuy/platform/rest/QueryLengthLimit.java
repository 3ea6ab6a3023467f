package org.govbuy.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.govbuy.platform.error.Problem;

/**
 * Refuses a query string longer than {@code govbuy.http.max-query-length} (default 4096
 * characters) with a 414 problem+json, like every other error. The HTTP server itself accepts
 * request lines up to {@code quarkus.http.limits.max-initial-line-length} (set well above this),
 * so the refusal comes from here, with a body, rather than an empty 414 from the decoder.
 */
public class QueryLengthLimit {

    private final int maxQueryLength;

    QueryLengthLimit(HttpLimits limits) {
        this.maxQueryLength = limits.maxQueryLength();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOverlongQueries(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.length() <= maxQueryLength) {
            return null;
        }
        return Problem.of(414, "URI Too Long", "the query string has " + query.length() + " characters; at most "
                + maxQueryLength + " are accepted").at(request.getUriInfo().getPath()).toResponse();
    }
}
