package org.govbuy.credit.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.govbuy.credit.TestInfrastructure;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.SupplierRegistration;
import org.govbuy.credit.domain.UnifiedSocialCreditCode;
import org.govbuy.credit.service.SupplierRegistry;
import org.govbuy.platform.outbox.OutboxRelay;
import org.govbuy.platform.outbox.OutboxRelayService;
import org.govbuy.platform.outbox.RelayProducerSettings;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.KafkaBrokerResource;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/** A state change and its event commit together, and the relay delivers every event exactly once. */
@QuarkusTest
class OutboxDeliveryTest {

    private static final String TOPIC = "credit.events";

    @Inject
    SupplierRegistry registry;

    @Inject
    OutboxRelayService relayService;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void whenTheUseCaseRollsBackNoEventIsPublished() {
        String rolledBack = TestSuppliers.newUscc();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            registry.register(registration(rolledBack), "test");
            throw new IllegalStateException("the use case fails after recording its event");
        })).hasMessageContaining("fails after recording");

        String marker = register();
        List<ConsumerRecord<String, String>> records = readUntilKeys(Set.of(marker));
        assertThat(keys(records)).contains(marker).doesNotContain(rolledBack);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + rolledBack + "'")).isZero();
        assertThat(count("SELECT count(*) FROM supplier WHERE uscc = '" + rolledBack + "'")).isZero();
    }

    @Test
    void withTheBrokerDownTheServiceStaysReadyAcceptsWritesAndShowsTheBacklogUntilItDrains() {
        KafkaBrokerResource.broker().stop();
        Set<String> registered;
        try {
            registered = IntStream.range(0, 3).mapToObj(i -> register()).collect(Collectors.toSet());
            assertThat(count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND aggregate_id IN ("
                    + registered.stream().map(u -> "'" + u + "'").collect(Collectors.joining(",")) + ")"))
                    .isEqualTo(3);
            given().get("/q/health/ready").then().statusCode(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(backlogMetric()).isGreaterThanOrEqualTo(3));
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'kafka' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'kafka' }.data.outboxBacklog", greaterThanOrEqualTo(3));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count(
                    "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND attempts > 0"
                            + " AND last_error IS NOT NULL")).as("failed attempts are written on the rows").isPositive());
        } finally {
            KafkaBrokerResource.broker().start();
        }
        List<ConsumerRecord<String, String>> records = readUntilKeys(registered);
        assertThat(keys(records)).containsAll(registered);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(backlogMetric()).isZero());
    }

    private static double backlogMetric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("govbuy_outbox_backlog"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no govbuy_outbox_backlog in " + metrics));
    }

    @Test
    void twoRelaysPublishEachEventOnce() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                RelayProducerSettings.producerProperties(bootstrap), new StringSerializer(), new StringSerializer());
                OutboxRelay secondRelay = relayService.newRelay(producer)) {
            secondRelay.start("second-outbox-relay");
            Set<String> registered = IntStream.range(0, 40).parallel().mapToObj(i -> register())
                    .collect(Collectors.toSet());

            List<ConsumerRecord<String, String>> records = readUntilKeys(registered);
            // give a duplicate, if any, time to arrive before counting
            records = TopicReader.readUntil(bootstrap, TOPIC, read -> false, Duration.ofSeconds(3));
            Map<String, Long> perEventId = records.stream().filter(r -> registered.contains(r.key()))
                    .collect(Collectors.groupingBy(r -> TopicReader.header(r, "ce_id"), Collectors.counting()));
            assertThat(perEventId).hasSize(40);
            assertThat(perEventId.values()).allMatch(n -> n == 1);
        }
    }

    @Test
    void theBacklogIsExposedAsMetrics() {
        register();
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("govbuy_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("govbuy_outbox_oldest_age_seconds"));
    }

    private String register() {
        String uscc = TestSuppliers.newUscc();
        given().header("Authorization", TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("civil-affairs")
                .claim("region", "110108").bearer()).contentType(ContentType.JSON).body(TestSuppliers.registrationJson(uscc, "测试协会"))
                .when().post("/api/v1/suppliers").then().statusCode(201);
        return uscc;
    }

    private static SupplierRegistration registration(String uscc) {
        return new SupplierRegistration(new UnifiedSocialCreditCode(uscc), "回滚协会", OrganisationType.SOCIAL_SERVICE_ORGANISATION,
                "北京市民政局", LocalDate.of(2012, 3, 1), "110000");
    }

    private List<ConsumerRecord<String, String>> readUntilKeys(Set<String> expected) {
        return TopicReader.readUntil(bootstrap, TOPIC, read -> keys(read).containsAll(expected),
                Duration.ofSeconds(60));
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private long count(String sql) {
        return Sql.count(dataSource, sql);
    }

}
