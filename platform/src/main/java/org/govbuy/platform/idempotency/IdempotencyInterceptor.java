package org.govbuy.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.security.GovBuyClaims;

/**
 * Runs an {@link IdempotentCreate} method with an {@code Idempotency-Key} in one transaction with
 * the record of its response, so the key and the change it caused commit together or not at all.
 * A concurrent repeat waits on the key's row and then gets the first response. Keys are per
 * caller (token subject); a repeat must be the same request (method, path and body).
 */
@IdempotentCreate
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final CurrentVertxRequest current;
    private final GovBuyClaims claims;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;

    IdempotencyInterceptor(CurrentVertxRequest current, GovBuyClaims claims, EntityManager entityManager,
            ObjectMapper mapper, Clock clock) {
        this.current = current;
        this.claims = claims;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        HttpServerRequest request = current.getCurrent().request();
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            throw new DomainRuleViolation(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String principal = claims.actor();
        String fingerprint = fingerprint(request, invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!claim(principal, key, fingerprint)) {
                return replay(principal, key, fingerprint);
            }
            Object result = invocation.proceed();
            remember(principal, key, result);
            return result;
        });
    }

    /** True when this request is the first with the key; waits while another holds it. */
    private boolean claim(String principal, String key, String fingerprint) {
        return entityManager.createNativeQuery("""
                INSERT INTO idempotency_key (principal, idempotency_key, fingerprint, created_at)
                VALUES (?1, ?2, ?3, ?4) ON CONFLICT (principal, idempotency_key) DO NOTHING""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, clock.instant()).executeUpdate() == 1;
    }

    private Response replay(String principal, String key, String fingerprint) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT fingerprint, status, body, location FROM idempotency_key
                 WHERE principal = ?1 AND idempotency_key = ?2""")
                .setParameter(1, principal).setParameter(2, key).getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new IdempotencyKeyReused(key);
        }
        Response.ResponseBuilder replayed = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED, "true");
        if (row[2] != null) {
            replayed.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            replayed.location(URI.create((String) row[3]));
        }
        return replayed.build();
    }

    private void remember(String principal, String key, Object result) throws JsonProcessingException {
        int status = 200;
        Object entity = result;
        String location = null;
        if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
            location = response.getLocation() == null ? null : response.getLocation().toString();
        }
        entityManager.createNativeQuery("""
                UPDATE idempotency_key SET status = ?3, body = ?4, location = ?5
                 WHERE principal = ?1 AND idempotency_key = ?2""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, status)
                .setParameter(4, entity == null ? null : mapper.writeValueAsString(entity))
                .setParameter(5, location).executeUpdate();
    }

    /** The same request has the same fingerprint: method, path and the arguments as JSON. */
    private String fingerprint(HttpServerRequest request, InvocationContext invocation)
            throws JsonProcessingException, NoSuchAlgorithmException {
        String described = request.method() + " " + request.path() + "\n"
                + mapper.writeValueAsString(invocation.getParameters());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(described.getBytes(StandardCharsets.UTF_8)));
    }
}
