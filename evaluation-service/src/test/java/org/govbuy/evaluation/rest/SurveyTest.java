package org.govbuy.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.govbuy.evaluation.EvaluationFixtures;
import org.govbuy.evaluation.TestClock;
import org.govbuy.evaluation.domain.SurveyCode;
import org.govbuy.platform.schedule.JobRunner;

/** The recipients' survey: one response per code, and nothing stored leads from a response to its code or person. */
@QuarkusTest
class SurveyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    TestClock clock;
    @Inject
    JobRunner jobs;
    @Inject
    EntityManager entityManager;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachCodeAnswersOnceAndABadAnswerOrAReusedCodeChangesNothing() {
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        f.agency();
        String mid = f.filed().get(0);
        f.openMidTerm(clock, jobs, mid);
        List<String> codes = f.survey(mid, 3, 4);

        answer(codes.get(0), 5).then().statusCode(409).body("detail", equalTo("one response per survey code: this code has been used"));
        answer(codes.get(0).toLowerCase().replace("-", " "), 5).then().statusCode(409);
        answer(codes.get(1), 6).then().statusCode(400).body("violations[0].field", containsString("satisfaction"));
        answer("AAAAA-BBBBB-CCCCC", 5).then().statusCode(404);
        f.purchaser().get("/api/v1/evaluations/" + mid + "/survey").then().body("responses", equalTo(1))
                .body("issued", equalTo(3));
        answer(codes.get(1), 3).then().statusCode(204);
        f.purchaser().get("/api/v1/evaluations/" + mid + "/survey").then().body("responses", equalTo(2))
                .body("meanSatisfaction", equalTo(3.5f));
        // a supplier cannot issue codes for its own evaluation
        f.supplierCalls().body("{\"count\":5}").post("/api/v1/evaluations/" + mid + "/survey-codes").then().statusCode(403);
    }

    @Test
    void aStoredResponseHoldsNoCodePersonTimeOrAnythingThatLeadsBackToItsCode() {
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        f.agency();
        String mid = f.filed().get(0);
        f.openMidTerm(clock, jobs, mid);
        List<String> codes = f.survey(mid, 4, 5, 1);

        // what a response row is: its random id, the evaluation and the answer — nothing else
        assertThat(columns("survey_response")).containsExactly("evaluation_id", "id", "satisfaction");
        // what a code row is: the code's hash, the evaluation, spent or not — no time, no response
        assertThat(columns("survey_code")).containsExactly("code_hash", "evaluation_id", "spent");
        // the only key either table has to another is to the evaluation
        assertThat(references("survey_response")).containsExactly("evaluation");
        assertThat(references("survey_code")).containsExactly("evaluation");

        // the printed codes are not stored; their hashes are, spent for the two that answered
        for (String code : codes) {
            assertThat(count("SELECT count(*) FROM survey_code WHERE code_hash = ?1", code)).isZero();
            assertThat(count("SELECT count(*) FROM survey_code c WHERE c::text LIKE '%' || ?1 || '%'", code)).isZero();
            assertThat(count("SELECT count(*) FROM survey_response r WHERE r::text LIKE '%' || ?1 || '%'", code)).isZero();
            assertThat(count("SELECT count(*) FROM survey_response r WHERE r::text LIKE '%' || ?1 || '%'",
                    SurveyCode.hash(code))).isZero();
        }
        assertThat(count("SELECT count(*) FROM survey_code WHERE evaluation_id = cast(?1 as uuid) AND spent", mid)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM survey_response WHERE evaluation_id = cast(?1 as uuid)", mid)).isEqualTo(2);
    }

    private static io.restassured.response.Response answer(String code, int satisfaction) {
        return given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"satisfaction\":" + satisfaction + "}")
                .post("/api/v1/public/evaluations/survey-responses");
    }

    @SuppressWarnings("unchecked")
    private List<String> columns(String table) {
        return entityManager.createNativeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = ?1"
                + " AND table_schema = current_schema() ORDER BY column_name").setParameter(1, table).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> references(String table) {
        return entityManager.createNativeQuery("""
                SELECT DISTINCT ccu.table_name FROM information_schema.table_constraints tc
                JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
                WHERE tc.table_name = ?1 AND tc.constraint_type = 'FOREIGN KEY'""").setParameter(1, table).getResultList();
    }

    private long count(String sql, String parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
