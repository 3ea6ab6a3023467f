package org.govbuy.credit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestClock;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TopicReader;

/** Other services' events become credit records, once each; a serious breach debars. */
@QuarkusTest
class ConductEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    org.govbuy.credit.service.DailySupplierPass dailyPass;

    @Inject
    org.govbuy.credit.service.CreditAssessment assessment;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void send(String topic, String type, String eventId, String uscc, String data) {
        TopicReader.send(bootstrap, topic, uscc, data, Map.of("ce_specversion", "1.0", "ce_id", eventId,
                "ce_type", type, "ce_source", "/govbuy/contract", "ce_subject", uscc));
    }

    @Test
    void aSeriousBreachDebarsTheSupplierAndItsAffiliateForThreeYearsAndTheDebarmentEndsOnItsOwn() {
        String uscc = CreditApi.registerSupplier("违约测试社工站");
        String affiliate = CreditApi.registerSupplier("同一法定代表人的机构");
        CreditApi.as("civil-affairs").body("{\"affiliateUscc\":\"" + affiliate
                + "\",\"relation\":\"SAME_LEGAL_REPRESENTATIVE\"}").post("/api/v1/suppliers/" + uscc + "/affiliates")
                .then().statusCode(201);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        send("contract.events", "govbuy.contract.contract.terminated.v1", UUID.randomUUID().toString(), uscc, """
                {"contractId":"C-2026-001","supplierUscc":"%s","cause":"SUPPLIER_BREACH","terminatedOn":"%s"}"""
                .formatted(uscc, today));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM debarment_notice WHERE uscc = '" + uscc + "'") == 1);
        clock.travel(Duration.ofDays(10)); // notified first (告知); no statement within its period
        dailyPass.passFor(uscc);
        assertThat(count("SELECT count(*) FROM debarment WHERE uscc IN ('" + uscc + "','" + affiliate + "')"))
                .isEqualTo(2);
        LocalDate end = LocalDate.parse(today).plusYears(3);
        for (String debarred : new String[] { uscc, affiliate }) {
            CreditApi.as("purchaser").get("/api/v1/suppliers/" + debarred + "/eligibility").then()
                    .body("eligible", equalTo(false)).body("failed.condition", hasItem("NOT_DEBARRED"));
            CreditApi.as("purchaser").get("/api/v1/suppliers/" + debarred + "/debarments").then()
                    .body("[0].endsOn", equalTo(end.toString()));
            assertThat(CreditApi.events(bootstrap, debarred, "govbuy.credit.supplier.debarred.v1", 1)).hasSize(1);
        }
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + affiliate + "/debarments").then()
                .body("[0].affiliateOf", equalTo(uscc));

        // three years on (a year whose holidays are not configured in tests): the assessment step of the daily pass
        clock.travel(Duration.ofDays(3 * 366));
        assessment.dailyFor(uscc);
        assessment.dailyFor(affiliate);
        for (String released : new String[] { uscc, affiliate }) {
            CreditApi.as("purchaser").get("/api/v1/suppliers/" + released + "/eligibility").then()
                    .body("failed.condition", not(hasItem("NOT_DEBARRED")));
            assertThat(CreditApi.events(bootstrap, released, "govbuy.credit.supplier.reinstated.v1", 1)).hasSize(1);
        }
        assessment.dailyFor(uscc);
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.reinstated.v1", 1)).hasSize(1);
    }

    @Test
    void theSameEventTwiceAddsOneRecord() {
        String uscc = CreditApi.registerSupplier("重复事件测试协会");
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"evaluationId":"E-1","contractId":"C-1","supplierUscc":"%s","grade":"EXCELLENT","completedOn":"2026-06-30"}"""
                .formatted(uscc);
        send("evaluation.events", "govbuy.evaluation.evaluation.completed.v1", eventId, uscc, data);
        send("evaluation.events", "govbuy.evaluation.evaluation.completed.v1", eventId, uscc, data);
        String later = UUID.randomUUID().toString();
        send("evaluation.events", "govbuy.evaluation.evaluation.completed.v1", later, uscc,
                data.replace("EXCELLENT", "FAIL").replace("E-1", "E-2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM credit_record WHERE source_event_id = '" + later + "'") == 1);
        assertThat(count("SELECT count(*) FROM credit_record WHERE uscc = '" + uscc + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM credit_record WHERE uscc = '" + uscc + "' AND positive")).isEqualTo(1);
    }

    @Test
    void anAbandonedAwardAndABreachBecomeNegativeRecordsOfTheirKind() {
        String uscc = CreditApi.registerSupplier("弃标测试服务社");
        send("tender.events", "govbuy.tender.award.abandoned.v1", UUID.randomUUID().toString(), uscc, """
                {"tenderId":"T-9","lotId":"L-2","supplierUscc":"%s","abandonedOn":"2026-10-10"}""".formatted(uscc));
        send("contract.events", "govbuy.contract.contract.breached.v1", UUID.randomUUID().toString(), uscc, """
                {"contractId":"C-7","supplierUscc":"%s","severity":"MINOR","description":"late monthly report",
                 "occurredOn":"2026-10-20"}""".formatted(uscc));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM credit_record WHERE uscc = '" + uscc + "'") == 2);
        CreditApi.as("finance").get("/api/v1/suppliers/" + uscc + "/credit-records").then()
                .body("items.kind", org.hamcrest.Matchers.containsInAnyOrder("ABANDONED_AWARD", "CONTRACT_BREACH"))
                .body("items.source", hasItem("TENDER"));
    }

    @Test
    void anEventAboutAnUnknownSupplierGoesToDeadLetters() {
        String unknown = "52110108MJ9999999X";
        String eventId = UUID.randomUUID().toString();
        send("contract.events", "govbuy.contract.contract.breached.v1", eventId, unknown, """
                {"contractId":"C-8","supplierUscc":"%s","severity":"MAJOR","occurredOn":"2026-10-20"}"""
                .formatted(unknown));
        var dead = TopicReader.readUntil(bootstrap, "credit.dlq",
                read -> read.stream().anyMatch(r -> eventId.equals(TopicReader.header(r, "ce_id"))),
                Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> eventId.equals(TopicReader.header(r, "ce_id"))
                && TopicReader.header(r, "dead-letter-reason").contains("unknown supplier"));
    }

    private long count(String sql) {
        return Sql.count(dataSource, sql);
    }
}
