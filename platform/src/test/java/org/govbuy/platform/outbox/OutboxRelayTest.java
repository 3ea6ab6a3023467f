package org.govbuy.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.govbuy.testsupport.KafkaBroker;
import org.govbuy.testsupport.PostgresDatabaseResource.PostgresServer;
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
        server.recreateDatabase(DATABASE);
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl(DATABASE));
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(Files.readString(
                    Path.of("src/main/resources/db/platform/V0_1__outbox_and_inbox.sql"), StandardCharsets.UTF_8));
        }
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
        UUID first = insert("SUP-1", "govbuy.credit.supplier.registered.v1", "{\"n\":1}");
        UUID second = insert("SUP-1", "govbuy.credit.supplier.updated.v1", "{\"n\":2}");
        UUID third = insert("SUP-1", "govbuy.credit.supplier.updated.v1", "{\"n\":3}");

        try (var producer = producer(); var relay = relay(producer)) {
            assertThat(relay.publishAll()).isEqualTo(3);
        }

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(broker.bootstrapServers(), topic,
                read -> read.size() >= 3, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> TopicReader.header(r, "ce_id"))
                .containsExactly(first.toString(), second.toString(), third.toString());
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo("SUP-1");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("govbuy.credit.supplier.registered.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/govbuy/test");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo("SUP-1");
        assertThat(TopicReader.header(record, "ce_region")).isEqualTo("110108");
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "X-Request-Id")).isEqualTo("req-1");
        assertThat(unpublished()).isZero();
    }

    @Test
    void nothingIsMarkedPublishedWhileTheBrokerIsAway() throws Exception {
        insert("SUP-2", "govbuy.credit.supplier.registered.v1", "{}");
        broker.stop();
        try (var producer = producer(); var relay = relay(producer)) {
            assertThatThrownBy(relay::publishAll).isInstanceOf(OutboxRelay.PublishFailedException.class);
            assertThat(unpublished()).isEqualTo(1);
            broker.start();
            assertThat(relay.publishAll()).isEqualTo(1);
        } finally {
            broker.start();
        }
        assertThat(unpublished()).isZero();
        assertThat(TopicReader.readUntil(broker.bootstrapServers(), topic, read -> !read.isEmpty(),
                Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void twoRelaysRacingPublishEachRowOnceAndInOrder() throws Exception {
        for (int i = 0; i < 300; i++) {
            insert("SUP-" + (i % 7), "govbuy.credit.supplier.updated.v1", "{\"n\":" + i + "}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (var producerA = producer(); var producerB = producer(); var relayA = relay(producerA);
                var relayB = relay(producerB)) {
            Callable<Integer> a = () -> drain(relayA);
            Callable<Integer> b = () -> drain(relayB);
            List<Future<Integer>> results = pool.invokeAll(List.of(a, b));
            assertThat(results.get(0).get() + results.get(1).get()).isEqualTo(300);
        } finally {
            pool.shutdown();
        }
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(broker.bootstrapServers(), topic,
                read -> read.size() >= 300, Duration.ofSeconds(30));
        assertThat(records).hasSize(300);
        Map<String, List<Integer>> perAggregate = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> Integer.parseInt(r.value().replaceAll("\\D", "")),
                        Collectors.toList())));
        perAggregate.values().forEach(sequence -> assertThat(sequence).isSorted());
    }

    @Test
    void publishedRowsAreDeletedAfterTheirRetentionButUnpublishedOnesNever() throws Exception {
        UUID oldPublished = insert("SUP-3", "govbuy.credit.supplier.updated.v1", "{}");
        UUID recentPublished = insert("SUP-3", "govbuy.credit.supplier.updated.v1", "{}");
        UUID oldUnpublished = insert("SUP-3", "govbuy.credit.supplier.updated.v1", "{}");
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
            List<UUID> left = new java.util.ArrayList<>();
            while (rs.next()) {
                left.add(rs.getObject(1, UUID.class));
            }
            assertThat(left).containsExactly(recentPublished, oldUnpublished);
        }
    }

    private static int drain(OutboxRelay relay) throws SQLException {
        int published = 0;
        for (int round = 0; round < 50; round++) {
            published += relay.publishAll();
        }
        return published;
    }

    private OutboxRelay relay(KafkaProducer<String, String> producer) {
        return new OutboxRelay(dataSource, () -> DriverManager.getConnection(server.jdbcUrl(DATABASE),
                server.user(), server.password()), producer, new OutboxRelay.Settings(topic, "/govbuy/test", 50,
                        Duration.ofMillis(200), Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofDays(7)));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(OutboxRelayService.producerProperties(broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static UUID insert(String aggregateId, String type, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregate_id, event_type, region, occurred_at, payload, request_id)"
                        + " VALUES (?, ?, ?, '110108', now(), ?::jsonb, 'req-1')")) {
            statement.setObject(1, id);
            statement.setString(2, aggregateId);
            statement.setString(3, type);
            statement.setString(4, payload);
            statement.executeUpdate();
        }
        return id;
    }

    private static long unpublished() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var rs = connection.createStatement()
                .executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
