package org.govbuy.contract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.contract.ContractFixtures;
import org.govbuy.contract.TestClock;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TopicReader;

/** A final award becomes one draft contract with the tender's terms and every required clause. */
@QuarkusTest
class AwardToDraftTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theAwardBecomesADraftWithTheTendersTermsAndTheRequiredClauses() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        f.members = "[\"" + ContractFixtures.newUscc() + "\"]";
        UUID id = f.drafted();
        f.purchaser().get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("orgCode", equalTo(f.org)).body("region", equalTo("310104"))
                .body("supplierUscc", equalTo(f.supplier)).body("memberUsccs", hasSize(1))
                .body("subItemCode", equalTo("A0101")).body("amount", equalTo(600000.00f))
                .body("serviceStartsOn", equalTo("2027-01-01")).body("serviceEndsOn", equalTo("2027-12-31"))
                .body("clauses.SUBJECT", equalTo("徐汇区居家养老上门服务"))
                .body("clauses.SCOPE", equalTo("为辖区80岁以上独居老人提供居家养老上门服务"))
                .body("clauses.QUANTITY", equalTo("10000 人次"))
                .body("clauses.QUALITY", equalTo("服务满意度不低于90%"))
                .body("clauses.PAYMENT", equalTo("按季度支付，与绩效评价结果挂钩"))
                .body("clauses.NO_SUBCONTRACTING", org.hamcrest.Matchers.containsString("严禁"))
                .body("clauses.size()", equalTo(9))
                // the award was final on 20 Nov 2026: signing is due 30 days later
                .body("signingDueAt", equalTo("2026-12-20T02:00:00Z"))
                .body("fundingShares[0].level", equalTo("COUNTY"));
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.contract.drafted.v1'")).isEqualTo(1);
    }

    @Test
    void theAwardEventDeliveredTwiceOrRepublishedMakesOneContract() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        String eventId = UUID.randomUUID().toString();
        f.sendAward(eventId, f.awardJson());
        f.sendAward(eventId, f.awardJson());
        // another kind of tender event is skipped by its type, leaving no inbox row; the replay after it
        // on the same key (so the same partition) shows it has been read
        String bid = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        f.send("tender.events", bid, "govbuy.tender.bid.received.v1", key, "{}");
        // the same award under a new event id (a replay by the producer) is still one contract
        String replay = UUID.randomUUID().toString();
        f.send("tender.events", replay, ContractFixtures.AWARD_TYPE, key, f.awardJson());
        await().atMost(Duration.ofSeconds(30)).until(() -> Sql.count(db,
                "SELECT count(*) FROM inbox_event WHERE event_id = '" + replay + "'") == 1);
        assertThat(Sql.count(db, "SELECT count(*) FROM contract WHERE award_id = '" + f.awardId + "'")).isEqualTo(1);
        assertThat(Sql.count(db, "SELECT count(*) FROM inbox_event WHERE event_id = '" + bid + "'")).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event o JOIN contract c ON o.aggregate_id = c.id::text"
                + " WHERE c.award_id = '" + f.awardId + "' AND o.event_type = 'govbuy.contract.contract.drafted.v1'")).isEqualTo(1);
    }

    @Test
    void anAwardWithoutASupplierGoesToTheDeadLetterTopicAndChangesNothing() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        String eventId = UUID.randomUUID().toString();
        f.sendAward(eventId, f.awardJson().replace("\"supplierUscc\":\"" + f.supplier + "\",", ""));
        var dead = TopicReader.readUntil(bootstrap, "contract.dlq", records -> records.stream()
                .anyMatch(r -> eventId.equals(TopicReader.header(r, "ce_id"))), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = dead.stream().filter(r -> eventId.equals(TopicReader.header(r, "ce_id")))
                .findFirst().orElseThrow();
        assertThat(TopicReader.header(record, "dead-letter-reason")).contains("supplierUscc");
        assertThat(Sql.count(db, "SELECT count(*) FROM contract WHERE award_id = '" + f.awardId + "'")).isZero();
    }

    @Test
    void anEvaluationOfAContractNobodyKnowsGoesToTheDeadLetterTopic() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        f.contract = UUID.randomUUID();
        String evaluationId = "ev-" + UUID.randomUUID();
        f.sendEvaluation(evaluationId, "MID_TERM", "GOOD", false);
        java.util.function.Predicate<ConsumerRecord<String, String>> about = r -> r.value() != null
                && r.value().contains(evaluationId);
        var dead = TopicReader.readUntil(bootstrap, "contract.dlq", records -> records.stream().anyMatch(about),
                Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = dead.stream().filter(about).findFirst().orElseThrow();
        assertThat(TopicReader.header(record, "dead-letter-reason")).contains("does not know");
        assertThat(Sql.count(db, "SELECT count(*) FROM evaluation_result WHERE evaluation_id = '" + evaluationId + "'")).isZero();
    }

    @Test
    void aDraftNotSignedWithinThirtyDaysOfTheAwardIsFlaggedOverdue() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.drafted();
        clock.travelTo(Instant.parse("2026-12-20T01:59:00Z"));
        f.purchaser().get("/api/v1/contracts/" + id).then().body("signingOverdue", equalTo(false));
        clock.travelTo(Instant.parse("2026-12-20T02:01:00Z"));
        f.purchaser().get("/api/v1/contracts/" + id).then().body("signingOverdue", equalTo(true));
    }
}
