package org.govbuy.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import org.govbuy.platform.feed.PublicChanges;
import org.govbuy.platform.outbox.OutboxStore.Backlog;
import org.govbuy.platform.outbox.OutboxStore.PendingEvent;
import org.govbuy.platform.outbox.OutboxStore.RoundOutcome;

/**
 * Publishes outbox rows to Kafka in position order and marks them published once the broker
 * acknowledged them.
 *
 * <p>One relay per database publishes at a time: the leader, which holds a session-level advisory
 * lock on its own dedicated connection (the one it LISTENs on). The others wait and take over
 * when the leader's session ends. Holding leadership costs no transaction and no pooled
 * connection: a round reads a batch with one statement, sends it with no database connection
 * held, and records the outcome in one short transaction. A row the broker refuses for good is
 * parked and stops only its own aggregate; everything else goes on.
 *
 * <p>The relay wakes on {@code NOTIFY govbuy_outbox} (sent by a trigger when an outbox row
 * commits) and polls as a fallback. While Kafka is unreachable rounds fail, the failure is written
 * on the rows, and the relay backs off exponentially. The backlog gauges are refreshed on every
 * turn of the loop, whatever the round's outcome.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String CHANNEL = "govbuy_outbox";
    /** Advisory lock key shared by every relay of one database ("GOVBUY_O"). */
    private static final long LEADER_LOCK = 0x474F564255595F4FL;
    /** How often the leader deletes published rows past their retention. */
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final ListenConnectionFactory listenConnections;
    private final Settings settings;
    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private volatile Backlog backlog = new Backlog(0, 0, 0);
    private volatile boolean running;
    private Thread thread;
    private Connection leaderConnection;
    private boolean leader;

    /** How the relay opens its dedicated connection (held for the relay's lifetime). */
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

    public OutboxRelay(DataSource dataSource, ListenConnectionFactory listenConnections,
            Producer<String, String> producer, Settings settings) {
        this(dataSource, listenConnections, producer, settings, PublicChanges.NONE);
    }

    /** A relay that also copies the public part of what it publishes into the change feed (ADR 47). */
    public OutboxRelay(DataSource dataSource, ListenConnectionFactory listenConnections,
            Producer<String, String> producer, Settings settings, PublicChanges publicChanges) {
        this.listenConnections = listenConnections;
        this.settings = settings;
        this.store = new OutboxStore(dataSource, publicChanges);
        this.publisher = new OutboxPublisher(producer, settings.topic(), settings.source());
    }

    public synchronized void start(String name) {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::runLoop);
    }

    /**
     * Stops the loop and gives up leadership. Joins without holding this relay's monitor: the
     * loop needs it to finish its turn.
     */
    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = thread;
            thread = null;
        }
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        releaseLeadership();
    }

    /** Unpublished rows (parked ones included) when last looked. */
    public long backlog() {
        return backlog.unpublished();
    }

    /** Age of the oldest unpublished row when last looked, in seconds. */
    public double oldestUnpublishedAgeSeconds() {
        return backlog.oldestAgeSeconds();
    }

    /** Rows the broker refused for good, waiting for an operator. */
    public long parked() {
        return backlog.parked();
    }

    /** Whether this relay holds the leadership right now. */
    public synchronized boolean isLeader() {
        return leader;
    }

    private void runLoop() {
        Duration backoff = Duration.ZERO;
        Instant nextPurge = Instant.now();
        while (running) {
            try {
                awaitWork(backoff);
                refreshBacklog();
                publishAll();
                if (!Instant.now().isBefore(nextPurge)) {
                    nextPurge = Instant.now().plus(PURGE_EVERY);
                    purgeIfLeader();
                }
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException e) {
                if (!running) {
                    break;
                }
                LOG.warnf("outbox relay: database unavailable (%s), retrying", e.getMessage());
                releaseLeadership();
                backoff = nextBackoff(backoff);
            } catch (PublishFailedException e) {
                LOG.warnf("outbox relay: publishing to %s failed (%s), %d event(s) wait; retrying",
                        settings.topic(), e.getMessage(), backlog.unpublished());
                backoff = nextBackoff(backoff);
            } catch (RuntimeException e) {
                LOG.error("outbox relay: unexpected failure, retrying", e);
                backoff = nextBackoff(backoff);
            } finally {
                refreshBacklog();
            }
        }
        releaseLeadership();
    }

    private void awaitWork(Duration backoff) throws SQLException, InterruptedException {
        Connection connection = leaderConnection();
        if (backoff.isZero()) {
            connection.unwrap(PGConnection.class).getNotifications((int) settings.pollInterval().toMillis());
        } else {
            Thread.sleep(backoff);
            connection.unwrap(PGConnection.class).getNotifications(1);
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? settings.initialBackoff() : current.multipliedBy(2);
        return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
    }

    /**
     * Publishes batches until one comes back smaller than a full batch; returns the rows published,
     * 0 when another relay leads. Throws {@link PublishFailedException} after recording a round in
     * which the broker could not take every row.
     */
    public int publishAll() throws SQLException {
        if (!tryLeadership()) {
            return 0;
        }
        int total = 0;
        List<PendingEvent> batch;
        do {
            batch = store.nextBatch(settings.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            RoundOutcome outcome = publisher.send(batch);
            store.record(outcome);
            total += outcome.published().size();
            outcome.parked().forEach(parked -> LOG.errorf(
                    "outbox relay: event %s can never be published and is parked: %s", parked.id(), parked.error()));
            if (!outcome.failed().isEmpty()) {
                throw new PublishFailedException(outcome.failed().get(0).error());
            }
        } while (batch.size() == settings.batchSize());
        LOG.debugf("outbox relay: published %d event(s) to %s", total, settings.topic());
        return total;
    }

    private synchronized boolean tryLeadership() throws SQLException {
        if (leader) {
            return true;
        }
        try (PreparedStatement statement = leaderConnection().prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LEADER_LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                leader = rs.getBoolean(1);
            }
        }
        if (leader) {
            LOG.infof("outbox relay: this instance now publishes %s", settings.topic());
        }
        return leader;
    }

    private synchronized Connection leaderConnection() throws SQLException {
        if (leaderConnection == null) {
            Connection connection = listenConnections.open();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            leaderConnection = connection;
        }
        return leaderConnection;
    }

    /** Closing the session releases the advisory lock, so another relay can take over. */
    private synchronized void releaseLeadership() {
        leader = false;
        if (leaderConnection != null) {
            try {
                leaderConnection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            leaderConnection = null;
        }
    }

    private void purgeIfLeader() throws SQLException {
        if (isLeader()) {
            purgePublishedBefore(Instant.now().minus(settings.retention()));
        }
    }

    /** Deletes rows published before {@code cutoff}; unpublished rows are never touched. */
    public int purgePublishedBefore(Instant cutoff) throws SQLException {
        int deleted = store.purgePublishedBefore(cutoff);
        if (deleted > 0) {
            LOG.infof("outbox relay: deleted %d event(s) published before %s", deleted, cutoff);
        }
        return deleted;
    }

    /** Reads the backlog for the gauges; keeps the last reading when the database is away. */
    public void refreshBacklog() {
        try {
            backlog = store.backlog();
        } catch (SQLException e) {
            LOG.debugf("outbox relay: backlog not readable now (%s)", e.getMessage());
        }
    }

    /** The broker did not take every row of a round; the failure is recorded on the rows. */
    static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String firstError) {
            super(firstError);
        }
    }
}
