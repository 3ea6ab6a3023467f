package org.govbuy.platform.error;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.govbuy.platform.idempotency.IdempotencyKeyReused;
import org.govbuy.platform.outbox.EventTooLargeException;
import org.govbuy.platform.request.RequestId;

/**
 * Every error leaves a service as {@code application/problem+json} (RFC 9457): bad input is a 400
 * naming each field and rule, missing is 404, conflicts with the current state are 409, a database
 * that cannot be reached is a 503, and an unexpected failure is a 500 that carries the request id
 * but never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** About how long a PostgreSQL restart or fail-over takes. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::rule))
                .toList();
        String fields = violations.stream().map(Problem.Violation::field).distinct().collect(Collectors.joining(", "));
        return Problem.invalid("invalid field(s): " + fields, violations).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response domainRule(DomainRuleViolation e, UriInfo uri) {
        return Problem.invalid(e.field() + ": " + e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage()))).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableRequest e, UriInfo uri) {
        return Problem.invalid(e.getMessage(), e.violations()).withStatus(422).at(uri.getPath()).toResponse();
    }

    /** Declared for the subtype too, or Quarkus' own mapper for it would answer in plain JSON. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String rule = "must be a valid value of the expected type";
            return Problem.invalid(field + ": " + rule, List.of(new Problem.Violation(field, rule)))
                    .at(uri.getPath()).toResponse();
        }
        return Problem.of(400, "Malformed JSON", "the request body is not well-formed JSON")
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return Problem.of(404, "Not found", e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(IllegalTransitionException e, UriInfo uri) {
        return Problem.of(409, "Conflict", e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReused e, UriInfo uri) {
        return Problem.invalid(e.getMessage(), List.of(new Problem.Violation("Idempotency-Key",
                "was used for a different request"))).withStatus(422).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response calendarNotCovered(org.govbuy.platform.time.WorkingDayCalendar.NotCovered e, UriInfo uri) {
        return Problem.of(422, "Unprocessable Content", e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e, UriInfo uri) {
        return Problem.of(422, "Unprocessable Content", e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(401, "Unauthorized", "a valid bearer token is required")
                .at(uri.getPath()).toResponse()).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "Forbidden", "the token does not allow this operation").at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e instanceof org.govbuy.platform.rest.TypedParameters.InvalidParameter invalid) {
            return domainRule(invalid.violation(), uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        return Problem.of(status, type.getReasonPhrase(), e.getMessage()).at(uri.getPath()).toResponse();
    }

    /**
     * The last resort. A request that lost a race (unique key, optimistic lock, serialization,
     * deadlock) — often noticed only at commit, deep in the transaction manager's exceptions — is a
     * 409; a database that cannot be reached (restarting, down, no free connection) is a 503 with
     * Retry-After, as it passes by itself; anything else is a 500 with the request id and no stack
     * trace.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        java.util.Optional<String> conflict = ConflictCause.of(e);
        if (conflict.isPresent()) {
            LOG.debugf("conflict on %s: %s", uri.getPath(), e);
            return Problem.of(409, "Conflict", conflict.get()).at(uri.getPath()).toResponse();
        }
        if (DatabaseOutage.explains(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e);
            return Response.fromResponse(Problem.of(503, "Service Unavailable",
                    "the service's database cannot be reached at the moment; retry later (a create with the same"
                            + " Idempotency-Key is carried out at most once)").at(uri.getPath()).toResponse())
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String requestId = RequestId.current().orElse("unknown");
        LOG.errorf(e, "unexpected failure on %s (request %s)", uri.getPath(), requestId);
        return Problem.of(500, "Internal error", "an unexpected error occurred; request id " + requestId)
                .at(uri.getPath()).toResponse();
    }

    /**
     * The property path as the client knows it: without the method name, and without the
     * parameter name when the constraint is on a field of the body ({@code register.request.uscc}
     * is {@code uscc}); a constraint on a query or path parameter keeps the parameter's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        java.util.List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        nodes.removeIf(node -> node.getKind() == jakarta.validation.ElementKind.METHOD);
        if (nodes.size() > 1 && nodes.get(0).getKind() == jakarta.validation.ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? violation.getPropertyPath().toString() : field.toString();
    }

}
