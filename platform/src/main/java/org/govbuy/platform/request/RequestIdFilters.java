package org.govbuy.platform.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the request id from the gateway (or makes one), logs with it and returns it. */
public class RequestIdFilters {

    private static final String PROPERTY = RequestIdFilters.class.getName();

    @ServerRequestFilter(preMatching = true)
    public void takeRequestId(ContainerRequestContext request) {
        String id = RequestId.acceptOrCreate(request.getHeaderString(RequestId.HEADER));
        request.setProperty(PROPERTY, id);
        RequestId.set(id);
        RequestId.setTraceparent(request.getHeaderString(RequestId.TRACEPARENT));
    }

    @ServerResponseFilter
    public void returnRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestId.HEADER, id.toString());
        }
        RequestId.clear();
    }
}
