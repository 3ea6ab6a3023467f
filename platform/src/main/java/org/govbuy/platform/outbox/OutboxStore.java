package org.govbuy.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.govbuy.platform.feed.ChangeFeedNumbering;
import org.govbuy.platform.feed.PublicChanges;

/**
 * The relay's reads and writes of {@code outbox_event}, each on a pooled connection held only for
 * the statement or the short transaction it needs: nothing here waits for Kafka.
 */
final class OutboxStore {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final DataSource dataSource;
    private final PublicChanges publicChanges;

    OutboxStore(DataSource dataSource, PublicChanges publicChanges) {
        this.dataSource = dataSource;
        this.publicChanges = publicChanges;
    }

    /** An unpublished row as the relay sends it. */
    record PendingEvent(UUID id, String aggregateId, String type, String region, OffsetDateTime occurredAt,
            String payload, String requestId, String traceparent, Long sequence) {
    }

    /** What one round did: rows acknowledged, rows that failed and may succeed later, rows parked. */
    record RoundOutcome(List<UUID> published, List<Failure> failed, List<Failure> parked) {

        boolean allPublished() {
            return failed.isEmpty() && parked.isEmpty();
        }
    }

    record Failure(UUID id, String error) {
    }

    /** What operators watch: unpublished rows, the oldest one's age, rows parked. */
    record Backlog(long unpublished, double oldestAgeSeconds, long parked) {
    }

    /**
     * Up to {@code limit} unpublished rows in position order, leaving out parked rows and every row of
     * an aggregate that waits behind a parked one (per-aggregate order holds).
     */
    List<PendingEvent> nextBatch(int limit) throws SQLException {
        String sql = """
                SELECT e.id, e.aggregate_id, e.event_type, e.region, e.occurred_at, e.payload::text, e.request_id,
                       e.traceparent, e.sequence
                  FROM outbox_event e
                 WHERE e.published_at IS NULL AND e.parked_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM outbox_event p
                                    WHERE p.aggregate_id = e.aggregate_id AND p.parked_at IS NOT NULL
                                      AND p.published_at IS NULL AND p.position < e.position)
                 ORDER BY e.position
                 LIMIT ?""";
        List<PendingEvent> pending = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long sequence = rs.getLong(9);
                    Long knownSequence = rs.wasNull() ? null : sequence;
                    pending.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7),
                            rs.getString(8), knownSequence));
                }
            }
        }
        return pending;
    }

    /** Records a round's outcome in one short transaction; published rows of public types enter the change feed. */
    void record(RoundOutcome outcome) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                markPublished(connection, outcome.published());
                ChangeFeedNumbering.copyPublished(connection, outcome.published(), publicChanges);
                for (Failure failure : outcome.failed()) {
                    noteFailure(connection, failure, false);
                }
                for (Failure failure : outcome.parked()) {
                    noteFailure(connection, failure, true);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void markPublished(Connection connection, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE outbox_event SET published_at = now(), last_attempt_at = now(), attempts = attempts + 1
                 WHERE id = ANY (?)""")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private static void noteFailure(Connection connection, Failure failure, boolean park) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE outbox_event SET attempts = attempts + 1, last_attempt_at = now(), last_error = ?,
                       parked_at = CASE WHEN ? THEN now() ELSE parked_at END
                 WHERE id = ?""")) {
            statement.setString(1, truncate(failure.error()));
            statement.setBoolean(2, park);
            statement.setObject(3, failure.id());
            statement.executeUpdate();
        }
    }

    Backlog backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT count(*), min(occurred_at), count(*) FILTER (WHERE parked_at IS NOT NULL)
                          FROM outbox_event WHERE published_at IS NULL""")) {
            rs.next();
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            double age = oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toMillis()) / 1000.0;
            return new Backlog(rs.getLong(1), age, rs.getLong(3));
        }
    }

    /** Deletes rows published before {@code cutoff}; unpublished rows are never touched. */
    int purgePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            return statement.executeUpdate();
        }
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
