package org.govbuy.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.govbuy.evaluation.EvaluationFixtures;
import org.govbuy.evaluation.TestClock;
import org.govbuy.platform.draw.SeededDraw;
import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.testsupport.ChangeFeedPoller;
import org.govbuy.testsupport.TopicReader;

/** A contract's evaluation from its filing to the result on evaluation.events, over the real broker. */
@QuarkusTest
class EvaluationFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    TestClock clock;
    @Inject
    JobRunner jobs;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFiledContractIsEvaluatedAtHalfTermByADrawnAgencyWithTheRecipientsAndTheResultGoesOutWhenFinal() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        String first = f.agency();
        String second = f.agency();
        String tied = f.agency(f.supplier);
        List<String> planned = f.filed();
        String mid = planned.get(0);
        f.purchaser().get("/api/v1/evaluations/" + mid).then().statusCode(200).body("type", equalTo("MID_TERM"))
                .body("status", equalTo("SCHEDULED")).body("opensOn", equalTo("2027-07-02"))
                .body("closesOn", equalTo("2027-08-01"));
        f.purchaser().get("/api/v1/evaluations/" + planned.get(1)).then().body("type", equalTo("FINAL"))
                .body("opensOn", equalTo("2027-12-31"));
        f.reportProgress(6, 70);

        String agency = f.openMidTerm(clock, jobs, mid);

        // the draw: the two untied agencies in ticket order under the recorded seed; the tied one left out, with why
        Map<String, Object> draw = f.purchaser().get("/api/v1/evaluations/" + mid).then().extract().path("draw");
        String seed = (String) draw.get("seed");
        List<String> order = List.of(first, second).stream()
                .sorted((a, b) -> SeededDraw.ticket(seed, a).compareTo(SeededDraw.ticket(seed, b))).toList();
        f.purchaser().get("/api/v1/evaluations/" + mid).then().body("draw.order.agencyId", equalTo(order))
                .body("draw.exclusions." + tied, containsString("tied to the supplier's side"));
        assertThat(agency).isEqualTo(order.getFirst());
        String other = agency.equals(first) ? second : first;

        // the agency not drawn neither reads nor scores the assignment
        EvaluationFixtures.evaluator(other).get("/api/v1/evaluations/" + mid).then().statusCode(404);
        EvaluationFixtures.evaluator(other).body(EvaluationFixtures.scores(8, 9, 9, 8, 4, 4))
                .put("/api/v1/evaluations/" + mid + "/agency-scores").then().statusCode(404);
        EvaluationFixtures.evaluator(other).get("/api/v1/evaluations").then().body("items.id", not(contains(mid)));
        EvaluationFixtures.evaluator(agency).get("/api/v1/evaluations").then().body("items.id", contains(mid));

        // recipients: 10 codes, 5 answers (5, 4, 4, 3, 5)
        f.survey(mid, 10, 5, 4, 4, 3, 5);
        f.purchaser().get("/api/v1/evaluations/" + mid + "/survey").then().statusCode(200).body("issued", equalTo(10))
                .body("responses", equalTo(5)).body("meanSatisfaction", equalTo(4.2f))
                .body("confidenceLow", equalTo(3.43f)).body("confidenceHigh", equalTo(4.97f));

        // a score above the sub-indicator's maximum is refused naming the rule, and nothing is stored
        EvaluationFixtures.evaluator(agency).body(EvaluationFixtures.scores(11, 9, 9, 8, 4, 4))
                .put("/api/v1/evaluations/" + mid + "/agency-scores").then().statusCode(422)
                .body("violations[0].field", equalTo("scores[0].points"))
                .body("violations[0].rule", equalTo("from 0 to the sub-indicator's maximum, 10"));
        f.purchaser().get("/api/v1/evaluations/" + mid + "/scores").then().body("$", hasSize(0));

        EvaluationFixtures.evaluator(agency).body(EvaluationFixtures.scores(8, 9, 9, 8, 4, 4))
                .put("/api/v1/evaluations/" + mid + "/agency-scores").then().statusCode(200).body("$", hasSize(6));
        f.purchaser().body(EvaluationFixtures.scores(9, 9, 10, 8, 5, 4))
                .put("/api/v1/evaluations/" + mid + "/purchaser-scores").then().statusCode(200);
        f.supplierCalls().get("/api/v1/evaluations/" + mid + "/scores").then().statusCode(200).body("$", hasSize(0));

        // the hand-computed result (ScorecardTest): 18.97 + 26.10 + 17.40 + 16.80 + 8.40 = 87.67, good
        f.purchaser().post("/api/v1/evaluations/" + mid + "/proposal").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("score", equalTo(87.67f)).body("grade", equalTo("GOOD"))
                .body("objectionDueOn", equalTo("2027-07-12"))
                .body("breakdown.points", contains(18.97f, 26.10f, 17.40f, 16.80f, 8.40f));
        f.supplierCalls().get("/api/v1/evaluations/" + mid + "/scores").then().body("$", hasSize(12))
                .body("reason", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("evidence", org.hamcrest.Matchers.everyItem(nullValue()));

        f.supplierCalls().body("{\"text\":\"服务简报实际发放74期，有签收单为证\"}").post("/api/v1/evaluations/" + mid + "/objection")
                .then().statusCode(200).body("status", equalTo("OBJECTED"));
        f.supplierCalls().body("{\"text\":\"再次异议\"}").post("/api/v1/evaluations/" + mid + "/objection")
                .then().statusCode(409).body("detail", containsString("objects once"));
        f.purchaser().body("{\"text\":\"经核实，签收单所列第71至74期发放于7月，不计入上半年\"}")
                .post("/api/v1/evaluations/" + mid + "/objection/answer").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedOn", equalTo("2027-07-02"))
                .body("rectificationRequired", equalTo(false));

        JsonNode completed = completedEvent(mid);
        assertThat(completed.get("contractId").asText()).isEqualTo(f.contract.toString());
        assertThat(completed.get("supplierUscc").asText()).isEqualTo(f.supplier);
        assertThat(completed.get("type").asText()).isEqualTo("MID_TERM");
        assertThat(completed.get("reEvaluation").asBoolean()).isFalse();
        assertThat(completed.get("grade").asText()).isEqualTo("GOOD");
        assertThat(completed.get("score").decimalValue()).isEqualByComparingTo("87.67");
        assertThat(completed.get("rectificationRequired").asBoolean()).isFalse();
        assertThat(completed.get("completedOn").asText()).isEqualTo("2027-07-02");

        // public: subject, supplier, score, grade, date — not the evidence, scores or survey
        given().get("/api/v1/public/evaluations/" + mid).then().statusCode(200)
                .body("subject", equalTo("海淀区助残服务项目")).body("supplierUscc", equalTo(f.supplier))
                .body("score", equalTo(87.67f)).body("grade", equalTo("GOOD")).body("completedOn", equalTo("2027-07-02"))
                .body("$", not(hasKey("breakdown"))).body("$", not(hasKey("objection")));
        given().get("/api/v1/public/evaluations?supplierUscc=" + f.supplier).then().body("items.id", contains(mid));
        given().get("/api/v1/public/evaluations/" + planned.get(1)).then().statusCode(404);

        // the public change feed carries the same result once the relay has published it, public fields only
        Map<String, Object> entry = ChangeFeedPoller.entry("/api/v1/public/evaluations/changes", EvaluationFixtures.COMPLETED,
                mid, Duration.ofSeconds(30));
        assertThat(entry).containsEntry("region", EvaluationFixtures.REGION);
        assertThat((Map<String, Object>) entry.get("data")).containsEntry("grade", "GOOD").containsEntry("score", 87.67f)
                .containsEntry("supplierUscc", f.supplier).doesNotContainKey("rectificationDueOn");
        given().get("/api/v1/public/evaluations/changes?after=" + entry.get("position")).then().statusCode(200)
                .body("items.subject", not(hasItem(mid)));
        given().get("/api/v1/public/evaluations/changes?after=-1").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
        given().get("/api/v1/public/evaluations/changes?region=Haidian").then().statusCode(400)
                .body("violations[0].field", equalTo("region"));
    }

    @Test
    void aFailOrdersRectificationAndAReEvaluationThatOpensOnTheSupplierReportAndIsFinalWhenNobodyObjects() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        f.agency();
        String mid = f.filed().get(0);
        String agency = f.openMidTerm(clock, jobs, mid);
        // nothing delivered (quantity 0 of 20), satisfaction 2 of 5 (8 of 20), a fifth of every assessed point (12 of 60)
        f.survey(mid, 5, 2, 2, 2, 2, 2);
        EvaluationFixtures.evaluator(agency).body(EvaluationFixtures.scores(2, 2, 2, 2, 1, 1))
                .put("/api/v1/evaluations/" + mid + "/agency-scores").then().statusCode(200);
        f.purchaser().body(EvaluationFixtures.scores(2, 2, 2, 2, 1, 1))
                .put("/api/v1/evaluations/" + mid + "/purchaser-scores").then().statusCode(200);
        f.purchaser().post("/api/v1/evaluations/" + mid + "/proposal").then().statusCode(200)
                .body("score", equalTo(20.0f)).body("grade", equalTo("FAIL"));
        f.supplierCalls().post("/api/v1/evaluations/" + mid + "/acceptance").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("rectificationRequired", equalTo(true))
                .body("rectificationDueOn", equalTo("2027-08-31"));

        JsonNode failed = completedEvent(mid);
        assertThat(failed.get("grade").asText()).isEqualTo("FAIL");
        assertThat(failed.get("rectificationRequired").asBoolean()).isTrue();

        // the re-evaluation is scheduled for the rectification deadline ...
        List<Map<String, Object>> all = f.purchaser().get("/api/v1/evaluations?contractId=" + f.contract).then()
                .extract().path("items");
        Map<String, Object> again = all.stream().filter(e -> mid.equals(e.get("reEvaluationOf"))).findFirst().orElseThrow();
        assertThat(again).containsEntry("type", "MID_TERM").containsEntry("status", "SCHEDULED")
                .containsEntry("opensOn", "2027-08-31").containsEntry("reEvaluation", true);
        String re = (String) again.get("id");
        // ... and opens at once on the supplier's rectification report
        f.supplierCalls().body("{\"text\":\"已补足服务人员并完成全部培训\"}").post("/api/v1/evaluations/" + mid + "/rectification")
                .then().statusCode(200).body("rectificationReport", equalTo("已补足服务人员并完成全部培训"));
        String reAgency = f.purchaser().get("/api/v1/evaluations/" + re).then().body("status", equalTo("OPEN"))
                .extract().path("agencyId");

        f.reportProgress(6, 78);
        f.survey(re, 5, 5, 5, 4, 5, 5);
        EvaluationFixtures.evaluator(reAgency).body(EvaluationFixtures.scores(9, 9, 9, 9, 5, 5))
                .put("/api/v1/evaluations/" + re + "/agency-scores").then().statusCode(200);
        f.purchaser().body(EvaluationFixtures.scores(9, 9, 9, 9, 5, 5))
                .put("/api/v1/evaluations/" + re + "/purchaser-scores").then().statusCode(200);
        // 20 + 0.9 × 30 + 0.9 × 20 + 0.96 × 20 + 1 × 10 = 20 + 27 + 18 + 19.2 + 10 = 94.20
        f.purchaser().post("/api/v1/evaluations/" + re + "/proposal").then().statusCode(200)
                .body("score", equalTo(94.2f)).body("grade", equalTo("EXCELLENT")).body("objectionDueOn", equalTo("2027-07-12"));

        // past the objection period an objection is refused, and the scheduler makes the result final
        clock.travelTo(Instant.parse("2027-07-12T16:00:01Z"));
        f.supplierCalls().body("{\"text\":\"迟到的异议\"}").post("/api/v1/evaluations/" + re + "/objection")
                .then().statusCode(409).body("detail", containsString("objection period ended on 2027-07-12"));
        jobs.runDue();
        f.purchaser().get("/api/v1/evaluations/" + re).then().body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2027-07-13"));
        JsonNode reEvaluated = completedEvent(re);
        assertThat(reEvaluated.get("reEvaluation").asBoolean()).isTrue();
        assertThat(reEvaluated.get("type").asText()).isEqualTo("MID_TERM");
        assertThat(reEvaluated.get("grade").asText()).isEqualTo("EXCELLENT");
    }

    @Test
    void theResultIsRefusedWhileTheSurveyHasTooFewResponsesOrAScoreIsMissing() {
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        f.agency();
        String mid = f.filed().get(0);
        String agency = f.openMidTerm(clock, jobs, mid);
        f.survey(mid, 10, 5, 4, 4, 3);
        EvaluationFixtures.evaluator(agency).body(EvaluationFixtures.scores(8, 9, 9, 8, 4, 4))
                .put("/api/v1/evaluations/" + mid + "/agency-scores").then().statusCode(200);
        f.purchaser().post("/api/v1/evaluations/" + mid + "/proposal").then().statusCode(409)
                .body("detail", containsString("4 responses; a result needs at least 5"));
        f.survey(mid, 1, 4);
        f.purchaser().post("/api/v1/evaluations/" + mid + "/proposal").then().statusCode(409)
                .body("detail", containsString("the purchaser has not scored QUALITY-1"));
        f.purchaser().get("/api/v1/evaluations/" + mid).then().body("status", equalTo("OPEN")).body("score", nullValue());
    }

    private JsonNode completedEvent(String evaluationId) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrap, "evaluation.events",
                rs -> rs.stream().anyMatch(r -> completedOf(r, evaluationId)), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> matching = records.stream().filter(r -> completedOf(r, evaluationId)).toList();
        assertThat(matching).hasSize(1);
        return mapper.readTree(matching.getFirst().value());
    }

    private static boolean completedOf(ConsumerRecord<String, String> r, String evaluationId) {
        return EvaluationFixtures.COMPLETED.equals(TopicReader.header(r, "ce_type"))
                && evaluationId.equals(TopicReader.header(r, "ce_subject"));
    }
}
