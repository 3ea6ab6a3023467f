package org.govbuy.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.govbuy.testsupport.PostgresDatabaseResource.PostgresServer;

/**
 * The change feed on a real PostgreSQL: only public types and fields enter it, a region filter keeps
 * one region's entries, and readers racing the writers never miss or repeat an entry.
 */
class ChangeFeedTest {

    private static final String DATABASE = "govbuy_change_feed_test";
    private static final String PUBLIC_TYPE = "govbuy.test.thing.published.v1";
    private static final String INTERNAL_TYPE = "govbuy.test.thing.noted.v1";
    private static final PublicChanges CHANGES = PublicChanges.of(PublicChange.of("things", PUBLIC_TYPE, "name", "score"));

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = PostgresServer.fromEnvironment().migratedDatabase(DATABASE, Path.of("src/main/resources/db/platform"));
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("DELETE FROM change_feed; DELETE FROM outbox_event");
        }
    }

    @Test
    void onlyPublicTypesEnterTheFeedWithOnlyTheirPublicFieldsAndARegionFilterKeepsOneRegion() throws Exception {
        UUID haidian = insert(PUBLIC_TYPE, "110108");
        UUID internal = insert(INTERNAL_TYPE, "110108");
        UUID xuhui = insert(PUBLIC_TYPE, "310104");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(ChangeFeedNumbering.copyPublished(connection, List.of(haidian, internal, xuhui), CHANGES)).isEqualTo(2);
            // the relay may publish a row again after a crash: the feed keeps one entry per event
            assertThat(ChangeFeedNumbering.copyPublished(connection, List.of(haidian), CHANGES)).isZero();
        }
        ChangeFeed feed = new ChangeFeed(dataSource);
        ChangeFeedPage all = feed.read("things", 0, 10, null);
        assertThat(all.items()).extracting(ChangeFeedPage.Entry::id).containsExactly(haidian, xuhui);
        assertThat(all.items().get(0).data()).contains("\"name\"").contains("\"score\"").doesNotContain("secret");
        assertThat(all.next()).isEqualTo(all.items().get(1).position());
        assertThat(feed.read("things", 0, 10, "310104").items()).extracting(ChangeFeedPage.Entry::id).containsExactly(xuhui);
        assertThat(feed.read("things", all.next(), 10, null).items()).isEmpty();
        assertThat(feed.read("things", all.next(), 10, null).next()).isEqualTo(all.next());
        assertThat(feed.read("other", 0, 10, null).items()).isEmpty();
    }

    /**
     * Writers commit events, several relays number them in overlapping transactions that are slow to
     * commit, and readers page through the feed all the while: each reader sees every public event
     * exactly once, in increasing position. Without the numbering lock a reader that has read a
     * higher position moves past a lower one that commits later, and this fails.
     */
    @Test
    void readersRacingWritersAndRelaysSeeEveryEntryOnceAndInOrder() throws Exception {
        int writers = 3;
        int relays = 3;
        int readers = 3;
        int eventsPerWriter = 120;
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<UUID> committedPublic = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(writers + relays + readers);
        try {
            List<Future<?>> writerTasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                writerTasks.add(pool.submit(() -> write(eventsPerWriter, committedPublic)));
            }
            List<Future<?>> relaying = new ArrayList<>();
            for (int r = 0; r < relays; r++) {
                relaying.add(pool.submit(() -> relay(writing)));
            }
            List<Future<List<ChangeFeedPage.Entry>>> reading = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                reading.add(pool.submit(() -> readUntilQuiet(writing)));
            }
            for (Future<?> writer : writerTasks) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> relay : relaying) {
                relay.get();
            }
            assertThat(committedPublic).hasSizeGreaterThan(writers * eventsPerWriter / 4);
            for (Future<List<ChangeFeedPage.Entry>> reader : reading) {
                List<ChangeFeedPage.Entry> seen = reader.get();
                List<Long> positions = seen.stream().map(ChangeFeedPage.Entry::position).toList();
                assertThat(positions).isSorted().doesNotHaveDuplicates();
                assertThat(seen).extracting(ChangeFeedPage.Entry::id).containsExactlyInAnyOrderElementsOf(committedPublic);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Commits events one to three at a time, public and internal mixed; about one transaction in eight rolls back. */
    private static Void write(int events, Set<UUID> committedPublic) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int written = 0;
            while (written < events) {
                List<UUID> publicOnes = new ArrayList<>();
                int size = 1 + random.nextInt(3);
                for (int i = 0; i < size; i++) {
                    String type = random.nextBoolean() ? PUBLIC_TYPE : INTERNAL_TYPE;
                    UUID id = insert(connection, type, "110108");
                    if (type.equals(PUBLIC_TYPE)) {
                        publicOnes.add(id);
                    }
                }
                written += size;
                if (random.nextInt(8) == 0) {
                    connection.rollback();
                } else {
                    connection.commit();
                    committedPublic.addAll(publicOnes);
                }
            }
        }
        return null;
    }

    /** Claims unpublished rows, marks them and numbers their public part, then dawdles before committing. */
    private static Void relay(AtomicBoolean writing) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            while (true) {
                List<UUID> claimed = new ArrayList<>();
                try (PreparedStatement claim = connection.prepareStatement("""
                        SELECT id FROM outbox_event WHERE published_at IS NULL ORDER BY position
                         LIMIT 5 FOR UPDATE SKIP LOCKED""");
                        ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(rs.getObject(1, UUID.class));
                    }
                }
                if (claimed.isEmpty()) {
                    connection.commit();
                    if (!writing.get()) {
                        return null;
                    }
                    Thread.sleep(1);
                    continue;
                }
                try (PreparedStatement mark = connection.prepareStatement(
                        "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                    mark.setArray(1, connection.createArrayOf("uuid", claimed.toArray()));
                    mark.executeUpdate();
                }
                ChangeFeedNumbering.copyPublished(connection, claimed, CHANGES);
                Thread.sleep(random.nextInt(4));
                connection.commit();
            }
        }
    }

    /** Pages through the feed, 7 at a time, until the writers are done and a page comes back empty. */
    private static List<ChangeFeedPage.Entry> readUntilQuiet(AtomicBoolean writing) throws Exception {
        ChangeFeed feed = new ChangeFeed(dataSource);
        List<ChangeFeedPage.Entry> seen = new ArrayList<>();
        long cursor = 0;
        boolean finalPass = false;
        while (true) {
            boolean writersDone = !writing.get() && !unpublishedLeft();
            ChangeFeedPage page = feed.read("things", cursor, 7, null);
            seen.addAll(page.items());
            cursor = page.next();
            if (page.items().isEmpty()) {
                if (finalPass) {
                    return seen;
                }
                finalPass = writersDone;
                Thread.sleep(1);
            }
        }
    }

    private static boolean unpublishedLeft() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement()
                        .executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static UUID insert(String type, String region) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, type, region);
        }
    }

    private static UUID insert(Connection connection, String type, String region) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO outbox_event (id, aggregate_id, event_type, region, occurred_at, payload)
                VALUES (?, ?, ?, ?, now(), ?::jsonb)""")) {
            statement.setObject(1, id);
            statement.setString(2, "thing-" + id);
            statement.setString(3, type);
            statement.setString(4, region);
            statement.setString(5, "{\"name\":\"thing\",\"score\":91.5,\"secret\":\"evidence-17.pdf\"}");
            statement.executeUpdate();
        }
        return id;
    }
}
