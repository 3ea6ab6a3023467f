package org.govbuy.platform.outbox;

import java.nio.charset.StandardCharsets;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes outbox rows to Kafka as CloudEvents in binary mode and marks them published once the
 * broker acknowledged them.
 *
 * <p>One round runs in one database transaction that first takes a transaction-scoped advisory
 * lock: while one instance publishes, another skips its round, so rows leave in position order
 * and per-aggregate order holds even with several instances. Every instance LISTENs, so the one
 * publishing hears about rows committed meanwhile and runs another round. Rows are also locked
 * {@code FOR UPDATE SKIP LOCKED}, so a round never waits on a row someone else holds.
 *
 * <p>The relay wakes on {@code NOTIFY govbuy_outbox} (sent by a trigger when an outbox row
 * commits) and polls as a fallback. While Kafka is unreachable a round fails, nothing is marked,
 * and the relay backs off exponentially before it tries again.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String CHANNEL = "govbuy_outbox";
    /** Advisory lock key shared by every relay of one database ("GOVBUY_O"). */
    private static final long ROUND_LOCK = 0x474F564255595F4FL;
    private static final DateTimeFormatter CE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final DataSource dataSource;
    private final ListenConnectionFactory listenConnections;
    private final Producer<String, String> producer;
    private final Settings settings;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    /** How the relay opens its dedicated LISTEN connection (it is held for the relay's lifetime). */
    @FunctionalInterface
    public interface ListenConnectionFactory {
        Connection open() throws SQLException;
    }

    public record Settings(String topic, String source, int batchSize, Duration pollInterval,
            Duration initialBackoff, Duration maxBackoff, Duration retention) {

        public static Settings from(OutboxConfig config) {
            return new Settings(config.topic(), config.source(), config.batchSize(), config.pollInterval(),
                    config.initialBackoff(), config.maxBackoff(), config.retention());
        }
    }

    /** How often the relay deletes published rows past their retention. */
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    public OutboxRelay(DataSource dataSource, ListenConnectionFactory listenConnections,
            Producer<String, String> producer, Settings settings) {
        this.dataSource = dataSource;
        this.listenConnections = listenConnections;
        this.producer = producer;
        this.settings = settings;
    }

    public synchronized void start(String name) {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::runLoop);
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Unpublished rows at the end of the last round. */
    public long backlog() {
        return backlog.get();
    }

    /** Age of the oldest unpublished row at the end of the last round, in seconds. */
    public double oldestUnpublishedAgeSeconds() {
        return oldestAgeMillis.get() / 1000.0;
    }

    private void runLoop() {
        Duration backoff = Duration.ZERO;
        Connection listen = null;
        Instant nextPurge = Instant.now();
        while (running) {
            try {
                if (!Instant.now().isBefore(nextPurge)) {
                    purgePublishedBefore(Instant.now().minus(settings.retention()));
                    nextPurge = Instant.now().plus(PURGE_EVERY);
                }
                if (listen == null) {
                    listen = openListenConnection();
                }
                if (backoff.isZero()) {
                    awaitNotification(listen);
                } else {
                    Thread.sleep(backoff);
                    drainNotifications(listen);
                }
                publishAll();
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException e) {
                if (!running) {
                    break;
                }
                LOG.warnf("outbox relay: database unavailable (%s), retrying", e.getMessage());
                closeQuietly(listen);
                listen = null;
                backoff = nextBackoff(backoff);
            } catch (PublishFailedException e) {
                LOG.warnf("outbox relay: publishing to %s failed (%s), %d event(s) wait; retrying",
                        settings.topic(), e.getMessage(), backlog.get());
                backoff = nextBackoff(backoff);
            } catch (RuntimeException e) {
                LOG.error("outbox relay: unexpected failure, retrying", e);
                backoff = nextBackoff(backoff);
            }
        }
        closeQuietly(listen);
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? settings.initialBackoff() : current.multipliedBy(2);
        return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
    }

    private Connection openListenConnection() throws SQLException {
        Connection connection = listenConnections.open();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        return connection;
    }

    private void awaitNotification(Connection listen) throws SQLException {
        PGConnection pg = listen.unwrap(PGConnection.class);
        pg.getNotifications((int) settings.pollInterval().toMillis());
    }

    private void drainNotifications(Connection listen) throws SQLException {
        listen.unwrap(PGConnection.class).getNotifications(1);
    }

    /** Publishes rounds until a round finds less than a full batch. Returns rows published. */
    public int publishAll() throws SQLException {
        int total = 0;
        int published;
        do {
            published = publishRound();
            total += published;
        } while (published == settings.batchSize());
        refreshBacklog();
        return total;
    }

    /** One round in one transaction; 0 when another instance is publishing right now. */
    int publishRound() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishRound(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private int publishRound(Connection connection) throws SQLException {
        if (!tryRoundLock(connection)) {
            return 0;
        }
        List<PendingEvent> pending = lockPending(connection);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        for (PendingEvent event : pending) {
            try {
                acks.add(producer.send(toRecord(event)));
            } catch (RuntimeException e) {
                throw new PublishFailedException(event.id(), e);
            }
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
            } catch (Exception e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new PublishFailedException(pending.get(i).id(), cause);
            }
        }
        markPublished(connection, pending);
        LOG.debugf("outbox relay: published %d event(s) to %s", pending.size(), settings.topic());
        return pending.size();
    }

    private static boolean tryRoundLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, ROUND_LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> lockPending(Connection connection) throws SQLException {
        String sql = """
                SELECT id, aggregate_id, event_type, region, occurred_at, payload::text, request_id, traceparent
                  FROM outbox_event
                 WHERE published_at IS NULL
                 ORDER BY position
                 LIMIT ?
                   FOR UPDATE SKIP LOCKED""";
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, settings.batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    pending.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                            rs.getString(7), rs.getString(8)));
                }
            }
        }
        return pending;
    }

    private static void markPublished(Connection connection, List<PendingEvent> events) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            Array ids = connection.createArrayOf("uuid", events.stream().map(PendingEvent::id).toArray());
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }

    /** Deletes rows published before {@code cutoff}; unpublished rows are never touched. */
    public int purgePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            int deleted = statement.executeUpdate();
            if (deleted > 0) {
                LOG.infof("outbox relay: deleted %d event(s) published before %s", deleted, cutoff);
            }
            return deleted;
        }
    }

    private void refreshBacklog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            backlog.set(rs.getLong(1));
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            oldestAgeMillis.set(oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toMillis()));
        }
    }

    private ProducerRecord<String, String> toRecord(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(settings.topic(), event.aggregateId(),
                event.payload());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id().toString());
        header(record, "ce_type", event.type());
        header(record, "ce_source", settings.source());
        header(record, "ce_subject", event.aggregateId());
        header(record, "ce_time", CE_TIME.format(event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)));
        header(record, "content-type", "application/json");
        header(record, "ce_region", event.region());
        header(record, "X-Request-Id", event.requestId());
        header(record, "traceparent", event.traceparent());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    private record PendingEvent(UUID id, String aggregateId, String type, String region, OffsetDateTime occurredAt,
            String payload, String requestId, String traceparent) {
    }

    /** The broker did not acknowledge an event; the round is rolled back and nothing is marked. */
    static final class PublishFailedException extends RuntimeException {
        PublishFailedException(UUID eventId, Throwable cause) {
            super("event " + eventId + " not acknowledged: " + cause.getMessage(), cause);
        }
    }
}
