package org.govbuy.e2e;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.awaitility.Awaitility;

/**
 * How supplier-registered events travelled from credit-service to tender-service, read from the
 * timestamps the two services' own tables keep (one PostgreSQL server, so one clock): when the
 * event was recorded in the outbox (in the registering transaction), when the relay marked it
 * acknowledged by the broker, and when tender-service's consumer applied it (its inbox row's
 * transaction). No polling from outside adds to the figures.
 */
record EventTrips(Histogram toBrokerAck, Histogram endToEnd, int events) {

    private static final String REGISTERED = "govbuy.credit.supplier.registered.v1";

    /** Waits until tender-service applied the registration of every one of {@code usccs}, then reads the trips. */
    static EventTrips of(WholeSuite suite, List<String> usccs) {
        Map<String, long[]> recorded = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            recorded.clear();
            recorded.putAll(outboxTimes(suite, usccs));
            return recorded.size() == usccs.size() && recorded.values().stream().allMatch(t -> t[1] > 0);
        });
        Map<String, Long> applied = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            applied.clear();
            applied.putAll(appliedTimes(suite, List.copyOf(recorded.keySet())));
            return applied.size() == recorded.size();
        });
        Histogram toAck = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        Histogram endToEnd = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        recorded.forEach((event, times) -> {
            toAck.recordValue(Math.max(0, times[1] - times[0]));
            endToEnd.recordValue(Math.max(0, applied.get(event) - times[0]));
        });
        return new EventTrips(toAck, endToEnd, recorded.size());
    }

    double endToEndP99Millis() {
        return endToEnd.getValueAtPercentile(99) / 1000.0;
    }

    String table() {
        return "| hop (%d events) | p50 ms | p99 ms | max ms |\n|---|---|---|---|\n".formatted(events)
                + row("recorded in the outbox → relay marked it acknowledged by Kafka", toBrokerAck) + "\n"
                + row("recorded in the outbox → applied by tender-service (end to end)", endToEnd);
    }

    private static String row(String hop, Histogram histogram) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", hop, histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
    }

    /** Per event id: when it was recorded, and when the relay marked it published (0 while not yet); µs. */
    private static Map<String, long[]> outboxTimes(WholeSuite suite, List<String> usccs) throws SQLException {
        Map<String, long[]> times = new HashMap<>();
        try (Connection db = suite.database("credit"); PreparedStatement query = db.prepareStatement(
                "SELECT id::text, occurred_at, published_at FROM outbox_event WHERE event_type = ? AND aggregate_id = ANY (?)")) {
            query.setString(1, REGISTERED);
            query.setArray(2, db.createArrayOf("varchar", usccs.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    times.put(rs.getString(1), new long[] { micros(rs.getTimestamp(2)), micros(rs.getTimestamp(3)) });
                }
            }
        }
        return times;
    }

    /** Per event id: when tender-service's consumer applied it; µs. */
    private static Map<String, Long> appliedTimes(WholeSuite suite, List<String> events) throws SQLException {
        Map<String, Long> times = new HashMap<>();
        try (Connection db = suite.database("tender"); PreparedStatement query = db.prepareStatement(
                "SELECT event_id, min(processed_at) FROM inbox_event WHERE event_id = ANY (?) GROUP BY event_id")) {
            Array ids = db.createArrayOf("varchar", events.toArray());
            query.setArray(1, ids);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    times.put(rs.getString(1), micros(rs.getTimestamp(2)));
                }
            }
        }
        return times;
    }

    private static long micros(Timestamp timestamp) {
        if (timestamp == null) {
            return 0;
        }
        return timestamp.getTime() / 1000 * 1_000_000 + timestamp.getNanos() / 1000;
    }
}
