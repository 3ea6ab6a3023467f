package org.govbuy.platform.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Public disclosure reads (公开, every GET under {@code /api/v1/public/}) answer with a strong ETag,
 * the digest of the exact JSON sent, and {@code Cache-Control: public, no-cache}: any cache (a
 * portal's, a CDN, a browser) may keep the answer but must ask again each time, and a request
 * carrying the ETag it holds ({@code If-None-Match}) gets a bodyless 304 while the data is
 * unchanged. The answers are kept in this instance's {@link PublicReadCache} (ADR 51): a repeated
 * read is answered from memory without touching the database or serializing again.
 */
public class ConditionalPublicReads {

    static final String PUBLIC_PATHS = "/api/v1/public/";
    static final String CACHE_CONTROL = "public, no-cache";

    /** The request's cache key and the cache generation seen before its answer was computed. */
    private static final String SEEN = ConditionalPublicReads.class.getName() + ".seen";

    private record Seen(String request, long generation) {
    }

    private final ObjectMapper json;
    private final PublicReadCache cache;

    ConditionalPublicReads(ObjectMapper json, PublicReadCache cache) {
        this.json = json;
        this.cache = cache;
    }

    /** A public read answered from memory when a fresh answer is kept; otherwise noted for {@link #tagPublicRead}. */
    @ServerRequestFilter
    public Response answerFromMemory(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith(PUBLIC_PATHS)) {
            return null;
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String key = request.getUriInfo().getPath() + (query == null ? "" : "?" + query);
        var kept = cache.fresh(key);
        if (kept.isEmpty()) {
            request.setProperty(SEEN, new Seen(key, cache.generation()));
            return null;
        }
        String tag = kept.get().tag();
        Response.ResponseBuilder answer = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified()
                : Response.ok(kept.get().body(), MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @ServerResponseFilter
    public void tagPublicRead(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (!(request.getProperty(SEEN) instanceof Seen seen) || response.getStatus() != 200 || !response.hasEntity()
                || !isJson(response.getMediaType()) || response.getEntity() instanceof byte[]) {
            return;
        }
        byte[] body = json.writeValueAsBytes(response.getEntity());
        String tag = tagOf(body);
        cache.keep(seen.request(), seen.generation(), body, tag);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            // the bytes the tag was computed from are the bytes sent
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static boolean isJson(MediaType type) {
        return type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    }

    /** A strong validator: the first 128 bits of the body's SHA-256, quoted. */
    static String tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a W/ prefix does not matter; * matches any. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String held = candidate.strip();
            if (held.equals("*") || (held.startsWith("W/") ? held.substring(2) : held).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
