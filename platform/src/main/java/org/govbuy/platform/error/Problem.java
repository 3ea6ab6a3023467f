package org.govbuy.platform.error;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code violations} lists, for a 400, every field that broke a rule
 * and which rule; it is left out otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /**
     * A field (dotted path, as the client sent it) and the rule it broke, in words; for a
     * document upload (CSV, JSON array) also the line the field is on.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String rule, Integer line) {

        public Violation(String field, String rule) {
            this(field, rule, null);
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem(typeFor(400), "Invalid request", 400, detail, null, violations);
    }

    /** The same problem under another status (e.g. 422 for a well-formed request that cannot be done). */
    public Problem withStatus(int newStatus) {
        return new Problem(typeFor(newStatus), newStatus == 422 ? "Unprocessable Content" : title, newStatus, detail,
                instance, violations);
    }

    public Problem at(String instancePath) {
        return new Problem(type, title, status, detail, instancePath, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    private static URI typeFor(int status) {
        return URI.create("https://govbuy.org/problems/" + status);
    }
}
