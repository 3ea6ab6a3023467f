package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * A contract's mid-term evaluation (中期评估) through the gateway as the demo drives it: Haidian's
 * pool of third-party agencies, the window opened by moving evaluation-service's clock (and
 * credit-service's, which records a result on the day it was completed, never in its future), the
 * recipients' survey, the drawn agency's and the purchaser's scores, and the proposal.
 */
final class MidTermEvaluation {

    /** Haidian's agencies exactly as the demo registers them (one tied to the demo's 星光敬老协会); their evaluators. */
    private static final Map<String, String> EVALUATOR_OF_AGENCY = Map.of(
            "AGENCY-BJ-001", "evaluator.huapu", "AGENCY-BJ-002", "evaluator.boyuan", "AGENCY-BJ-003", "evaluator.xingguang");
    private static final List<String> AGENCIES = List.of(
            "{\"id\":\"AGENCY-BJ-001\",\"name\":\"北京华普社会组织评估中心\",\"uscc\":\"52110108MJ0000701A\",\"affiliations\":[]",
            "{\"id\":\"AGENCY-BJ-002\",\"name\":\"北京博远公益评估研究院\",\"uscc\":\"52110108MJ0000702B\",\"affiliations\":[]",
            "{\"id\":\"AGENCY-BJ-003\",\"name\":\"星光公益咨询中心\",\"uscc\":\"52110108MJ0000703C\",\"affiliations\":[\"51110108MJ00000025\"]");
    private static final List<String> SUB_INDICATORS = List.of("QUALITY-1", "QUALITY-2", "FUNDS-1", "FUNDS-2",
            "DEVELOPMENT-1", "DEVELOPMENT-2");
    private static final String CLOCK = "/api/v1/operations/clock";

    private MidTermEvaluation() {
    }

    /** Civil affairs keeps Haidian's pool; an agency registered before (by the demo, say) stays as it is. */
    static synchronized void agenciesArePooled(WholeSuite suite) {
        String civilAffairs = Keycloak.bearerFor(suite, "civil.haidian");
        for (String agency : AGENCIES) {
            int status = given().header("Authorization", civilAffairs).contentType(ContentType.JSON)
                    .body(agency + ",\"region\":\"110108\",\"qualifications\":[\"THIRD_PARTY_EVALUATION\"],\"specialties\":[\"A07\"]}")
                    .post("/api/v1/agencies").then().extract().statusCode();
            if (status != 201 && status != 409) {
                throw new AssertionError("registering " + agency + " answered " + status);
            }
        }
    }

    /** The id of the contract's mid-term evaluation, once evaluation-service has planned it. */
    static String of(String contract, String buyer) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> given()
                .header("Authorization", buyer).get("/api/v1/evaluations?contractId=" + contract).then().statusCode(200)
                .extract().<Integer>path("total") == 2);
        return given().header("Authorization", buyer).get("/api/v1/evaluations?contractId=" + contract).then()
                .extract().path("items.find { it.type == 'MID_TERM' }.id");
    }

    /** Moves evaluation-service's and credit-service's clocks to the window's opening (2 July, Beijing). */
    static void clocksToMidTerm(WholeSuite suite) {
        String operator = Keycloak.bearerFor(suite, "ops.local");
        for (int service : List.of(8084, 8085)) {
            given().header("Authorization", operator).contentType(ContentType.JSON)
                    .body("{\"travelTo\":\"" + Purchase.YEAR + "-07-01T16:00:05Z\"}").put(suite.serviceUrl(service) + CLOCK)
                    .then().statusCode(200);
        }
    }

    static void clocksBack(WholeSuite suite) {
        String operator = Keycloak.bearerFor(suite, "ops.local");
        for (int service : List.of(8084, 8085)) {
            given().header("Authorization", operator).delete(suite.serviceUrl(service) + CLOCK).then().statusCode(200);
        }
    }

    /**
     * Once the window is open: six codes issued, five recipients very satisfied, the drawn agency and
     * the purchaser scoring well, and the result proposed by the purchaser.
     */
    static void scoredAndProposed(WholeSuite suite, String evaluation, String buyer) {
        String path = "/api/v1/evaluations/" + evaluation;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "OPEN".equals(
                given().header("Authorization", buyer).get(path).then().extract().path("status")));
        List<String> codes = given().header("Authorization", buyer).contentType(ContentType.JSON).body("{\"count\":6}")
                .post(path + "/survey-codes").then().statusCode(201).extract().path("codes");
        for (String code : codes.subList(0, 5)) {
            given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"satisfaction\":5}")
                    .post("/api/v1/public/evaluations/survey-responses").then().statusCode(204);
        }
        String agency = given().header("Authorization", buyer).get(path).then().extract().path("agencyId");
        given().header("Authorization", Keycloak.bearerFor(suite, EVALUATOR_OF_AGENCY.get(agency))).contentType(ContentType.JSON)
                .body(scores(9)).put(path + "/agency-scores").then().statusCode(200);
        given().header("Authorization", buyer).contentType(ContentType.JSON).body(scores(9))
                .put(path + "/purchaser-scores").then().statusCode(200);
        given().header("Authorization", buyer).contentType(ContentType.JSON).post(path + "/proposal").then().statusCode(200);
    }

    /** Every sub-indicator of the default template at {@code points}, with a reason and evidence. */
    private static String scores(int points) {
        return "{\"scores\":[" + String.join(",", SUB_INDICATORS.stream().map(s -> """
                {"subIndicator":"%s","points":%d,"reason":"见评估报告","evidence":["中期评估报告-%s.pdf"]}"""
                .formatted(s, Math.min(points, s.startsWith("DEVELOPMENT") ? 5 : 10), s)).toList()) + "]}";
    }
}
