package org.govbuy.platform.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Instants read back from native queries, whichever Java type the driver chose for a timestamptz. */
public final class Instants {

    private Instants() {
    }

    public static Instant of(Object sqlValue) {
        if (sqlValue == null || sqlValue instanceof Instant) {
            return (Instant) sqlValue;
        }
        if (sqlValue instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (sqlValue instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + sqlValue.getClass());
    }
}
