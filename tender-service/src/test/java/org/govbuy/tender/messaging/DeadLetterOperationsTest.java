package org.govbuy.tender.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.tender.CreditEvents;
import org.govbuy.tender.TestInfrastructure;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/** Operators list the dead letters, see why each was set aside, and replay one once it can succeed. */
@QuarkusTest
class DeadLetterOperationsTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String operator() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("operator").bearer();
    }

    @Test
    void aDeadLetterIsListedWithItsReasonAndCounted() {
        String uscc = CreditEvents.newUscc();
        String eventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, eventId, "govbuy.credit.supplier.debarred.v1", uscc, "{\"uscc\":\"" + uscc + "\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", operator())
                .get("/api/v1/operations/dead-letters").then().statusCode(200)
                .body("eventId", hasItem(eventId)));
        JsonPath letters = given().header("Authorization", operator()).get("/api/v1/operations/dead-letters")
                .then().extract().jsonPath();
        Map<String, Object> letter = letters.getMap("find { it.eventId == '" + eventId + "' }");
        assertThat(letter).containsEntry("originalTopic", "credit.events")
                .containsEntry("eventType", "govbuy.credit.supplier.debarred.v1");
        assertThat((String) letter.get("reason")).contains("standing");
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                "govbuy_dead_letters_total{consumer=\"tender.supplier-projection\",topic=\"credit.events\"}"));
    }

    @Test
    void aReplayedDeadLetterIsAppliedOnceAndCannotBeReplayedAgain() {
        // a registration set aside earlier (say, by a bug fixed since), now fit to be processed
        String uscc = CreditEvents.newUscc();
        String eventId = CreditEvents.newEventId();
        TopicReader.send(bootstrap, "tender.dlq", uscc, CreditEvents.supplierRegistered(uscc, "回放的社会组织"), Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_type", SupplierRegisteredV1.TYPE,
                "ce_source", "/govbuy/credit", "ce_subject", uscc, "dead-letter-topic", "credit.events",
                "dead-letter-partition", "0", "dead-letter-offset", "0",
                "dead-letter-reason", "database constraint changed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", operator())
                .get("/api/v1/operations/dead-letters").then().body("eventId", hasItem(eventId)));
        List<Map<String, Object>> letters = given().header("Authorization", operator())
                .get("/api/v1/operations/dead-letters").then().extract().jsonPath().getList("$");
        Map<String, Object> letter = letters.stream().filter(l -> eventId.equals(l.get("eventId"))).findFirst()
                .orElseThrow();
        String replayPath = "/api/v1/operations/dead-letters/" + letter.get("partition") + "/" + letter.get("offset")
                + "/replay";

        given().header("Authorization", operator()).post(replayPath).then().statusCode(200)
                .body("succeeded", equalTo(true));

        assertThat(Sql.text(dataSource, "SELECT name FROM supplier_projection WHERE uscc = '" + uscc + "'"))
                .isEqualTo("回放的社会组织");
        given().header("Authorization", operator()).post(replayPath).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'"))
                .isEqualTo(1);
    }

    @Test
    void onlyOperatorsSeeDeadLetters() {
        given().header("Authorization", TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("purchaser")
                .bearer()).get("/api/v1/operations/dead-letters").then().statusCode(403);
        given().get("/api/v1/operations/dead-letters").then().statusCode(401);
    }
}
