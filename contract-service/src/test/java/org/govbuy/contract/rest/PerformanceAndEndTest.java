package org.govbuy.contract.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.contract.ContractFixtures;
import org.govbuy.contract.TestClock;
import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.testsupport.Sql;

/** Progress against quantified targets, milestones, breaches, termination, completion and renewal. */
@QuarkusTest
class PerformanceAndEndTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void progressCountsAgainstTheTargetsAndAnAcceptedMilestoneReleasesItsInstallment() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        String base = "/api/v1/contracts/" + id;
        f.supplierCalls().body("""
                {"periodFrom":"2027-01-01","periodTo":"2027-03-31","narrative":"第一季度",
                 "items":[{"deliverable":1,"quantity":3,"evidence":["培训签到表-Q1.pdf"]},{"deliverable":2,"quantity":39}]}""")
                .post(base + "/progress-reports").then().statusCode(201);
        f.supplierCalls().body("{\"periodFrom\":\"2027-01-01\",\"periodTo\":\"2027-01-31\",\"items\":[{\"deliverable\":9,\"quantity\":1}]}")
                .post(base + "/progress-reports").then().statusCode(422).body("violations[0].field", equalTo("items[0].deliverable"));
        // another supplier cannot report on it
        ContractFixtures.supplier(ContractFixtures.newUscc()).body("{\"periodFrom\":\"2027-01-01\",\"periodTo\":\"2027-01-31\","
                + "\"items\":[{\"deliverable\":1,\"quantity\":1}]}").post(base + "/progress-reports").then().statusCode(404);
        JsonPath performance = f.purchaser().get(base + "/performance").then().statusCode(200).extract().jsonPath();
        // 12 trainings over the term: 3 done; 3 bulletins a week over 52 weeks: 39 of 156
        assertThat(performance.getFloat("deliverables[0].achievementRate")).isEqualTo(0.25f);
        assertThat(performance.getFloat("deliverables[1].targetForTerm")).isEqualTo(156f);
        assertThat(performance.getFloat("deliverables[1].achievementRate")).isEqualTo(0.25f);
        f.supplierCalls().get(base + "/performance").then().statusCode(200).body("reports.size()", equalTo(1));

        f.purchaser().body("{\"accepted\":true}").post(base + "/milestones/1/decision").then().statusCode(409);
        f.supplierCalls().body("{\"evidence\":[\"服务方案.pdf\"]}").post(base + "/milestones/1/submission").then().statusCode(200);
        f.purchaser().body("{\"accepted\":false}").post(base + "/milestones/1/decision").then().statusCode(422)
                .body("violations[0].field", equalTo("reason"));
        f.purchaser().body("{\"accepted\":false,\"reason\":\"缺少应急预案\"}").post(base + "/milestones/1/decision").then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("缺少应急预案"));
        f.payments().then().body("installments[1].payable", equalTo(null));
        f.supplierCalls().body("{\"evidence\":[\"服务方案-修订.pdf\"]}").post(base + "/milestones/1/submission").then().statusCode(200);
        f.purchaser().body("{\"accepted\":true}").post(base + "/milestones/1/decision").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        f.payments().then().body("installments[1].payable", equalTo(60000f));
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type IN ('govbuy.contract.milestone.accepted.v1', 'govbuy.contract.progress.reported.v1')")).isEqualTo(2);
    }

    @Test
    void aBreachAndATerminationForItAreEventsInTheShapeCreditServiceReads() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        String base = "/api/v1/contracts/" + id;
        f.purchaser().body("{\"cause\":\"SUPPLIER_BREACH\",\"reason\":\"未按约提供服务\"}").post(base + "/termination").then()
                .statusCode(422).body("violations[0].rule", containsString("breach on record"));
        f.purchaser().body("{\"severity\":\"SERIOUS\",\"description\":\"连续两月未提供上门服务\",\"occurredOn\":\"2026-11-01\"}")
                .post(base + "/breaches").then().statusCode(201);
        f.purchaser().body("{\"cause\":\"SUPPLIER_BREACH\",\"reason\":\"未按约提供服务\"}").post(base + "/termination").then()
                .statusCode(200).body("status", equalTo("TERMINATED"));
        f.purchaser().body("{\"cause\":\"MUTUAL_AGREEMENT\",\"reason\":\"again\"}").post(base + "/termination").then().statusCode(409);
        JsonPath breached = JsonPath.from(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.contract.breached.v1'"));
        assertThat(breached.getMap("")).containsOnlyKeys("contractId", "supplierUscc", "severity", "description", "occurredOn");
        assertThat(breached.getString("severity")).isEqualTo("SERIOUS");
        assertThat(breached.getString("occurredOn")).isEqualTo("2026-11-01");
        JsonPath terminated = JsonPath.from(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.contract.terminated.v1'"));
        assertThat(terminated.getMap("")).containsOnlyKeys("contractId", "supplierUscc", "cause", "terminatedOn");
        assertThat(terminated.getString("supplierUscc")).isEqualTo(f.supplier);
        assertThat(terminated.getString("cause")).isEqualTo("SUPPLIER_BREACH");
    }

    @Test
    void theContractCompletesWhenTheTermHasEndedAndTheFinalEvaluationIsInThenItMayBeRenewed() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        // the final evaluation arrives before the term ends: not yet complete
        f.sendEvaluation("ev-" + UUID.randomUUID(), "FINAL", "GOOD", false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> f.payments().then()
                .body("installments[3].payable", equalTo(180000f)));
        f.purchaser().get("/api/v1/contracts/" + id).then().body("status", equalTo("ACTIVE"));
        // the term ends on 31 Dec 2027: the job the filing scheduled completes it on 1 Jan 2028 (Shanghai)
        clock.travelTo(Instant.parse("2027-12-31T15:59:00Z"));
        jobs.runDue();
        f.purchaser().get("/api/v1/contracts/" + id).then().body("status", equalTo("ACTIVE"));
        clock.travelTo(Instant.parse("2027-12-31T16:00:01Z"));
        jobs.runDue();
        f.purchaser().get("/api/v1/contracts/" + id).then().body("status", equalTo("COMPLETED"));
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.contract.completed.v1'")).isEqualTo(1);

        String renewal = "{\"serviceStartsOn\":\"2028-01-01\",\"serviceEndsOn\":\"2028-12-31\",\"amount\":610000.00}";
        f.purchaser().body(renewal.replace("2028-01-01", "2027-12-31")).post("/api/v1/contracts/" + id + "/renewal")
                .then().statusCode(422).body("violations[0].field", equalTo("serviceStartsOn"));
        String renewed = f.purchaser().body(renewal).post("/api/v1/contracts/" + id + "/renewal").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("renewalOf", equalTo(id.toString()))
                .body("method", equalTo("SINGLE_SOURCE")).body("supplierUscc", equalTo(f.supplier))
                .body("amount", equalTo(610000f)).body("fundingShares.size()", equalTo(3)).extract().path("id");
        f.purchaser().body(renewal).post("/api/v1/contracts/" + id + "/renewal").then().statusCode(409);
        assertThat(Sql.count(db, "SELECT count(*) FROM deliverable WHERE contract_id = '" + renewed + "'")).isEqualTo(2);
    }

    @Test
    void aContractWhoseLatestEvaluationFailedIsNotRenewed() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        f.sendEvaluation("ev-" + UUID.randomUUID(), "MID_TERM", "FAIL", false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> f.payments().then()
                .body("installments[2].rectificationRequired", equalTo(true)));
        f.purchaser().body("{\"serviceStartsOn\":\"2028-01-01\",\"serviceEndsOn\":\"2028-12-31\",\"amount\":600000.00}")
                .post("/api/v1/contracts/" + id + "/renewal").then().statusCode(409).body("detail", containsString("failed"));
    }
}
