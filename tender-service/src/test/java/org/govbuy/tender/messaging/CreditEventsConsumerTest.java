package org.govbuy.tender.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.tender.CreditEvents;
import org.govbuy.tender.TestInfrastructure;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/** credit.events reach the supplier projection once each; what cannot be read goes to dead letters. */
@QuarkusTest
class CreditEventsConsumerTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String purchaser() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("purchaser").claim("org_code", "31010401")
                .bearer();
    }

    @Test
    void aRegisteredSupplierAppearsInTheProjection() {
        String uscc = CreditEvents.newUscc();
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), SupplierRegisteredV1.TYPE, uscc,
                CreditEvents.supplierRegistered(uscc, "徐汇区青少年服务社"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", purchaser())
                .get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(200)
                .body("name", equalTo("徐汇区青少年服务社")).body("region", equalTo("310104"))
                .body("organisationType", equalTo("SOCIAL_GROUP")));
    }

    @Test
    void theSameEventDeliveredTwiceChangesTheProjectionOnce() {
        String uscc = CreditEvents.newUscc();
        String eventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, eventId, SupplierRegisteredV1.TYPE, uscc,
                CreditEvents.supplierRegistered(uscc, "第一次送达"));
        // a redelivery of the same event id, even with different data, must not be applied again
        CreditEvents.send(bootstrap, eventId, SupplierRegisteredV1.TYPE, uscc,
                CreditEvents.supplierRegistered(uscc, "重复送达"));
        // a later event of the same aggregate (same key, so same partition) proves the repeat was consumed
        String laterEventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, laterEventId, "govbuy.credit.rating.changed.v1", uscc, "{}");

        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT count(*) FROM inbox_event WHERE event_id = '" + laterEventId + "'") == 1);
        assertThat(text("SELECT name FROM supplier_projection WHERE uscc = '" + uscc + "'")).isEqualTo("第一次送达");
        assertThat(count("SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        String broken = CreditEvents.newUscc();
        String brokenEventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, brokenEventId, SupplierRegisteredV1.TYPE, broken, "{ this is not json");
        String missingName = CreditEvents.newUscc();
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), SupplierRegisteredV1.TYPE, missingName,
                CreditEvents.supplierRegistered(missingName, "x").replace("\"name\":\"x\",", ""));
        String next = CreditEvents.newUscc();
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), SupplierRegisteredV1.TYPE, next,
                CreditEvents.supplierRegistered(next, "后续事件"));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM supplier_projection WHERE uscc = '" + next + "'") == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(bootstrap, "tender.dlq",
                read -> read.stream().filter(r -> broken.equals(r.key()) || missingName.equals(r.key())).count() == 2,
                Duration.ofSeconds(30));
        ConsumerRecord<String, String> deadBroken = dead.stream().filter(r -> broken.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("malformed event not on tender.dlq"));
        assertThat(TopicReader.header(deadBroken, "dead-letter-reason")).isNotBlank();
        assertThat(TopicReader.header(deadBroken, "ce_id")).isEqualTo(brokenEventId);
        assertThat(dead).anyMatch(r -> missingName.equals(r.key())
                && TopicReader.header(r, "dead-letter-reason").contains("name"));
        assertThat(count("SELECT count(*) FROM supplier_projection WHERE uscc IN ('" + broken + "','" + missingName
                + "')")).isZero();
    }

    @Test
    void eventsOfOtherTypesAreIgnored() {
        String uscc = CreditEvents.newUscc();
        String eventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, eventId, "govbuy.credit.rating.changed.v1", uscc, "{\"uscc\":\"" + uscc + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'") == 1);
        assertThat(count("SELECT count(*) FROM supplier_projection WHERE uscc = '" + uscc + "'")).isZero();
    }

    @Test
    void theStandingThatCreditEventsCarryUpdatesTheProjectionIncludingTheLevel() {
        String uscc = CreditEvents.newUscc();
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), SupplierRegisteredV1.TYPE, uscc,
                CreditEvents.supplierRegistered(uscc, "等级变化服务社"));
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), "govbuy.credit.credit-level.changed.v1", uscc, """
                {"uscc":"%1$s","previousLevel":"A","level":"C","score":62.5,"policyVersion":"2026.1","asOf":"2026-11-22",
                 "standing":{"uscc":"%1$s","name":"等级变化服务社","organisationType":"SOCIAL_GROUP","region":"310104",
                   "establishedOn":"2010-01-15","status":"ACTIVE","ratingLevel":"A3","creditLevel":"C","creditScore":62.5,
                   "policyVersion":"2026.1","debarredFrom":"2026-11-22","debarredUntil":"2029-11-22",
                   "abnormalListed":true,"latestInspectionYear":2025,"latestInspectionResult":"PASSED",
                   "taxInGoodStanding":false,"socialInsuranceInGoodStanding":true,"lastMajorViolationOn":"2026-11-20",
                   "someFutureField":"ignored"}}""".formatted(uscc));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", purchaser())
                .get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(200)
                .body("creditLevel", equalTo("C")).body("ratingLevel", equalTo("A3"))
                .body("debarredUntil", equalTo("2029-11-22")).body("abnormalListed", equalTo(true))
                .body("taxInGoodStanding", equalTo(false)).body("lastMajorViolationOn", equalTo("2026-11-20")));
    }

    @Test
    void theConsumerContinuesTheTraceThatTheEventCarries() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        java.util.List<String> traces = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record instanceof org.jboss.logmanager.ExtLogRecord ext && record.getMessage() != null) {
                    traces.add(String.valueOf(ext.getMdc("traceId")));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger projector = java.util.logging.Logger.getLogger(
                org.govbuy.tender.service.SupplierProjector.class.getName());
        projector.addHandler(handler);
        try {
            String uscc = CreditEvents.newUscc();
            java.util.Map<String, String> headers = new java.util.HashMap<>(java.util.Map.of("ce_specversion", "1.0",
                    "ce_id", CreditEvents.newEventId(), "ce_type", SupplierRegisteredV1.TYPE,
                    "ce_source", "/govbuy/credit", "ce_subject", uscc,
                    "traceparent", "00-" + traceId + "-b7ad6b7169203331-01"));
            TopicReader.send(bootstrap, CreditEvents.TOPIC, uscc, CreditEvents.supplierRegistered(uscc, "追踪服务社"),
                    headers);
            await().atMost(Duration.ofSeconds(20)).until(() -> !traces.isEmpty());
            assertThat(traces).contains(traceId);
        } finally {
            projector.removeHandler(handler);
        }
    }

    @Test
    void aStandingOlderThanTheOneAppliedIsIgnored() {
        String uscc = CreditEvents.newUscc();
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), SupplierRegisteredV1.TYPE, uscc, 1,
                CreditEvents.supplierRegistered(uscc, "顺序服务社"));
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), "govbuy.credit.credit-level.changed.v1", uscc, 3,
                CreditEvents.levelChanged(uscc, "顺序服务社", "C"));
        // sequence 2 arrives late (e.g. replayed from dead letters): it is older than what the row shows
        String late = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, late, "govbuy.credit.credit-level.changed.v1", uscc, 2,
                CreditEvents.levelChanged(uscc, "顺序服务社", "B"));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT count(*) FROM inbox_event WHERE event_id = '" + late + "'") == 1);
        assertThat(text("SELECT credit_level FROM supplier_projection WHERE uscc = '" + uscc + "'")).isEqualTo("C");
        assertThat(text("SELECT last_sequence FROM supplier_projection WHERE uscc = '" + uscc + "'")).isEqualTo("3");
    }

    @Test
    void aStandingEventWithoutItsStandingGoesToDeadLetters() {
        String uscc = CreditEvents.newUscc();
        String eventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, eventId, "govbuy.credit.supplier.debarred.v1", uscc, "{\"uscc\":\"" + uscc + "\"}");
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(bootstrap, "tender.dlq",
                read -> read.stream().anyMatch(r -> eventId.equals(TopicReader.header(r, "ce_id"))),
                Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> eventId.equals(TopicReader.header(r, "ce_id")));
    }

    private long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        return Sql.text(dataSource, sql);
    }
}
