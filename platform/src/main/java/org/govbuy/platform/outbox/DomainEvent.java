package org.govbuy.platform.outbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a use case hands to the {@link Outbox}: the CloudEvents type
 * ({@code govbuy.<service>.<noun>.<verb-past>.v<N>}), the aggregate it concerns (subject and Kafka
 * key), the administrative region (6-digit division code, may be null for national data) and the
 * payload, a record serialised as JSON.
 */
public record DomainEvent(String type, String aggregateId, String region, Object data) {

    private static final Pattern TYPE = Pattern.compile("govbuy\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v[1-9][0-9]*");
    private static final Pattern REGION = Pattern.compile("[0-9]{6}");

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(data, "data");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like govbuy.<service>.<noun>.<verb>.v<N>: " + type);
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must be a 6-digit division code: " + region);
        }
    }
}
