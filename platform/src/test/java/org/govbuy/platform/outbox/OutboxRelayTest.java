package org.govbuy.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.govbuy.testsupport.KafkaBroker;
import org.govbuy.testsupport.PostgresDatabaseResource.PostgresServer;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TopicReader;

/** The relay on its own, against a real PostgreSQL database and a real Kafka broker. */
class OutboxRelayTest {

    private static final String DATABASE = "govbuy_platform_test";
    private static KafkaBroker broker;
    private static PostgresServer server;
    private static PGSimpleDataSource dataSource;

    private String topic;

    @BeforeAll
    static void infrastructure() throws Exception {
        server = PostgresServer.fromEnvironment();
        dataSource = server.migratedDatabase(DATABASE, Path.of("src/main/resources/db/platform"));
        broker = KafkaBroker.create();
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void emptyOutboxAndFreshTopic() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("DELETE FROM outbox_event");
        }
        topic = "relay-test-" + UUID.randomUUID();
    }

    @Test
    void publishesRowsInOrderAsCloudEventsAndMarksThemPublished() throws Exception {
        UUID first = insert("SUP-1", 1, "{\"n\":1}");
        UUID second = insert("SUP-1", 2, "{\"n\":2}");
        UUID third = insert("SUP-1", 3, "{\"n\":3}");

        try (var producer = producer(); var relay = relay(producer)) {
            assertThat(relay.publishAll()).isEqualTo(3);
        }

        List<ConsumerRecord<String, String>> records = read(3);
        assertThat(records).extracting(r -> TopicReader.header(r, "ce_id"))
                .containsExactly(first.toString(), second.toString(), third.toString());
        assertThat(records).extracting(r -> TopicReader.header(r, "ce_sequence")).containsExactly("1", "2", "3");
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo("SUP-1");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("govbuy.credit.supplier.updated.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/govbuy/test");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo("SUP-1");
        assertThat(TopicReader.header(record, "ce_region")).isEqualTo("110108");
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "X-Request-Id")).isEqualTo("req-1");
        assertThat(unpublished()).isZero();
        assertThat(Sql.count(dataSource, "SELECT min(attempts) FROM outbox_event")).isEqualTo(1);
    }

    @Test
    void whileTheBrokerIsAwayNothingIsMarkedAndEveryFailedAttemptIsWrittenOnTheRow() throws Exception {
        UUID waiting = insert("SUP-2", 1, "{}");
        broker.stop();
        try (var producer = producer(); var relay = relay(producer)) {
            assertThatThrownBy(relay::publishAll).isInstanceOf(OutboxRelay.PublishFailedException.class);
            assertThatThrownBy(relay::publishAll).isInstanceOf(OutboxRelay.PublishFailedException.class);
            assertThat(unpublished()).isEqualTo(1);
            assertThat(Sql.count(dataSource, "SELECT attempts FROM outbox_event WHERE id = '" + waiting + "'"))
                    .isEqualTo(2);
            assertThat(Sql.text(dataSource, "SELECT last_error FROM outbox_event WHERE id = '" + waiting + "'"))
                    .contains("Timeout");
            relay.refreshBacklog();
            assertThat(relay.backlog()).isEqualTo(1);
            assertThat(relay.parked()).isZero();
            broker.start();
            assertThat(relay.publishAll()).isEqualTo(1);
            relay.refreshBacklog();
            assertThat(relay.backlog()).isZero();
        } finally {
            broker.start();
        }
        assertThat(read(1)).hasSize(1);
    }

    @Test
    void whileItWaitsForTheBrokerTheRelayHoldsNoTransactionOpen() throws Exception {
        insert("SUP-W", 1, "{}");
        broker.stop();
        try (var producer = producer(); var relay = relay(producer)) {
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    relay.publishAll();
                } catch (SQLException | RuntimeException expected) {
                    // the broker is away
                }
            });
            // the producer waits up to 5 s for the broker: look again and again, for two seconds, while it does
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            int looks = 0;
            while (System.nanoTime() < until) {
                assertThat(waiting).as("still waiting for the broker").isNotDone();
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        + "current_database() AND state LIKE 'idle in transaction%'")).as("look " + looks).isZero();
                looks++;
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertThat(looks).isGreaterThan(10);
            waiting.get(30, TimeUnit.SECONDS);
        } finally {
            broker.start();
        }
    }

    @Test
    void aRowTheBrokerNeverAcceptsIsParkedAndHoldsOnlyItsOwnAggregate() throws Exception {
        UUID before = insert("SUP-A", 1, "{\"n\":1}");
        UUID tooLarge = insert("SUP-A", 2, "{\"blob\":\"" + "x".repeat(20_000) + "\"}");
        UUID behindIt = insert("SUP-A", 3, "{\"n\":3}");
        UUID otherAggregate = insert("SUP-B", 1, "{\"n\":1}");

        try (var producer = producer(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "10000"));
                var relay = relay(producer)) {
            assertThat(relay.publishAll()).isEqualTo(2);
            assertThat(relay.publishAll()).as("the parked row does not come back every round").isZero();
            relay.refreshBacklog();
            assertThat(relay.parked()).isEqualTo(1);
            assertThat(relay.backlog()).isEqualTo(2);
        }

        assertThat(read(2)).extracting(r -> TopicReader.header(r, "ce_id"))
                .containsExactlyInAnyOrder(before.toString(), otherAggregate.toString());
        assertThat(Sql.text(dataSource, "SELECT last_error FROM outbox_event WHERE id = '" + tooLarge + "'"))
                .contains("RecordTooLargeException");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE parked_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND id = '"
                + behindIt + "'")).as("the aggregate's later row waits behind the parked one").isEqualTo(1);
    }

    @Test
    void twoRelaysOverlappingPublishEachRowOnceAndInOrder() throws Exception {
        for (int i = 0; i < 300; i++) {
            insert("SUP-" + (i % 7), i, "{\"n\":" + i + "}");
        }
        CountDownLatch secondRelayTried = new CountDownLatch(1);
        try (var blocking = new BlockingProducer(secondRelayTried); var plain = producer();
                var relayA = relay(blocking); var relayB = relay(plain)) {
            // A leads, and its first send waits until B has run a whole round meanwhile
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> drain(relayA));
            assertThat(blocking.sending.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(relayB.publishAll()).as("B publishes nothing while A leads").isZero();
            secondRelayTried.countDown();
            assertThat(a.get(60, TimeUnit.SECONDS)).isEqualTo(300);

            // A goes away; B takes over the rows that arrive afterwards
            for (int i = 300; i < 400; i++) {
                insert("SUP-" + (i % 7), i, "{\"n\":" + i + "}");
            }
            relayA.close();
            assertThat(drain(relayB)).isEqualTo(100);
        }
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(broker.bootstrapServers(), topic,
                read -> read.size() >= 400, Duration.ofSeconds(30));
        // a late duplicate would arrive after the 400th record: read a little longer
        records = TopicReader.readUntil(broker.bootstrapServers(), topic, read -> false, Duration.ofSeconds(2));
        assertThat(records.stream().map(r -> TopicReader.header(r, "ce_id")).distinct()).hasSize(400);
        assertThat(records).hasSize(400);
        Map<String, List<Integer>> perAggregate = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> Integer.parseInt(r.value().replaceAll("\\D", "")),
                        Collectors.toList())));
        perAggregate.values().forEach(sequence -> assertThat(sequence).isSorted());
    }

    @Test
    void publishedRowsAreDeletedAfterTheirRetentionButUnpublishedOnesNever() throws Exception {
        UUID oldPublished = insert("SUP-3", 1, "{}");
        UUID recentPublished = insert("SUP-3", 2, "{}");
        UUID oldUnpublished = insert("SUP-3", 3, "{}");
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("UPDATE outbox_event SET published_at = now() - interval '8 days'"
                    + " WHERE id = '" + oldPublished + "'");
            connection.createStatement().execute("UPDATE outbox_event SET published_at = now() - interval '1 day'"
                    + " WHERE id = '" + recentPublished + "'");
            connection.createStatement().execute("UPDATE outbox_event SET occurred_at = now() - interval '30 days'"
                    + " WHERE id = '" + oldUnpublished + "'");
        }
        try (var producer = producer(); var relay = relay(producer)) {
            assertThat(relay.purgePublishedBefore(java.time.Instant.now().minus(Duration.ofDays(7)))).isEqualTo(1);
        }
        try (Connection connection = dataSource.getConnection(); var rs = connection.createStatement()
                .executeQuery("SELECT id FROM outbox_event ORDER BY position")) {
            List<UUID> left = new ArrayList<>();
            while (rs.next()) {
                left.add(rs.getObject(1, UUID.class));
            }
            assertThat(left).containsExactly(recentPublished, oldUnpublished);
        }
    }

    private static int drain(OutboxRelay relay) {
        try {
            int published = 0;
            for (int round = 0; round < 20; round++) {
                published += relay.publishAll();
            }
            return published;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, String>> read(int atLeast) {
        return TopicReader.readUntil(broker.bootstrapServers(), topic, read -> read.size() >= atLeast,
                Duration.ofSeconds(30));
    }

    private OutboxRelay relay(KafkaProducer<String, String> producer) {
        return new OutboxRelay(dataSource, () -> DriverManager.getConnection(server.jdbcUrl(DATABASE),
                server.user(), server.password()), producer, new OutboxRelay.Settings(topic, "/govbuy/test", 50,
                        Duration.ofMillis(200), Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofDays(7)));
    }

    private static KafkaProducer<String, String> producer() {
        return producer(Map.of());
    }

    private static KafkaProducer<String, String> producer(Map<String, String> overrides) {
        Properties properties = RelayProducerSettings.producerProperties(broker.bootstrapServers());
        properties.putAll(overrides);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** A real producer whose first send waits until the test lets it go on. */
    private static final class BlockingProducer extends KafkaProducer<String, String> {
        final CountDownLatch sending = new CountDownLatch(1);
        private final CountDownLatch release;

        BlockingProducer(CountDownLatch release) {
            super(RelayProducerSettings.producerProperties(broker.bootstrapServers()), new StringSerializer(),
                    new StringSerializer());
            this.release = release;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
            sending.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.send(record, callback);
        }
    }

    private static UUID insert(String aggregateId, long sequence, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregate_id, event_type, region, occurred_at, payload, request_id,"
                        + " sequence) VALUES (?, ?, 'govbuy.credit.supplier.updated.v1', '110108', now(), ?::jsonb,"
                        + " 'req-1', ?)")) {
            statement.setObject(1, id);
            statement.setString(2, aggregateId);
            statement.setString(3, payload);
            statement.setLong(4, sequence);
            statement.executeUpdate();
        }
        return id;
    }

    private static long unpublished() {
        return Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
    }
}
