package org.govbuy.platform.rest;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.govbuy.platform.error.Problem;

/**
 * Refuses a body declared larger than its route allows with a 413 problem+json: every route keeps
 * {@code govbuy.http.max-body-size} unless it is one of {@code govbuy.http.large-bodies}.
 */
public class BodySizeLimit {

    private final long maxBodyBytes;
    private final List<HttpLimits.LargeBody> largeBodies;

    BodySizeLimit(HttpLimits limits) {
        this.maxBodyBytes = limits.maxBodySize().asLongValue();
        this.largeBodies = List.copyOf(limits.largeBodies().values());
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizeBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Problem.of(400, "Bad Request", "Content-Length is not a number").at(path).toResponse();
        }
        long limit = limitOf(path);
        if (declared <= limit) {
            return null;
        }
        return Problem.of(413, "Content Too Large", "request bodies are limited to " + limit + " bytes on this route")
                .at(path).toResponse();
    }

    /** The body limit of a path: a large-body route's own, else the small default. */
    public long limitOf(String path) {
        for (HttpLimits.LargeBody route : largeBodies) {
            if (route.pathPattern().matcher(path).matches()) {
                return route.maxSize().asLongValue();
            }
        }
        return maxBodyBytes;
    }
}
