package org.govbuy.platform.request;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id the gateway sets ({@code X-Request-Id}) and every service propagates: into the
 * log context (MDC key {@code requestId}) and into the headers of the events a request causes.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** W3C trace context of the request, carried into the events it causes. */
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    /** A caller's id is kept only if it is short and plain, so logs and headers stay clean. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** The caller's id when acceptable, otherwise a new one. */
    public static String acceptOrCreate(String fromCaller) {
        if (fromCaller != null && ACCEPTABLE.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }

    public static void set(String requestId) {
        MDC.put(MDC_KEY, requestId);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
        MDC.remove(TRACEPARENT);
    }

    public static Optional<String> traceparent() {
        Object value = MDC.get(TRACEPARENT);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** Keeps a well-formed W3C traceparent for the events this request causes; ignores others. */
    public static void setTraceparent(String value) {
        if (value != null && TRACEPARENT_FORMAT.matcher(value).matches()) {
            MDC.put(TRACEPARENT, value);
        }
    }
}
