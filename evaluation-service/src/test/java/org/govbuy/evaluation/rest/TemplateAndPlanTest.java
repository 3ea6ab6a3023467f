package org.govbuy.evaluation.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.evaluation.EvaluationFixtures;

/** Templates are versioned and their weights sum to 100; a contract's plan moves them only within the limits. */
@QuarkusTest
class TemplateAndPlanTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String template(String code, int developmentWeight) {
        return """
                {"code":"%s","name":"养老服务评价指标","indicators":[
                  {"code":"Q","name":"服务数量","category":"QUANTITY","weight":30,"subIndicators":[{"code":"Q1","name":"完成率","maxPoints":10}]},
                  {"code":"S","name":"满意度","category":"SATISFACTION","weight":30,"subIndicators":[{"code":"S1","name":"满意度","maxPoints":5}]},
                  {"code":"D","name":"组织发展","category":"DEVELOPMENT","weight":%d,"subIndicators":[{"code":"D1","name":"治理","maxPoints":10}]}]}"""
                .formatted(code, developmentWeight);
    }

    @Test
    void weightsNotSummingToOneHundredAreRefusedNamingTheRuleAndPublishingAgainMakesTheNextVersion() {
        String code = "ELDER-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        EvaluationFixtures.finance().body(template(code, 35)).post("/api/v1/evaluations/templates").then().statusCode(422)
                .body("violations.field", hasItem("indicators"))
                .body("violations.rule", hasItem("the weights sum to 100, not 95"));
        EvaluationFixtures.finance().get("/api/v1/evaluations/templates").then().body("code", org.hamcrest.Matchers.not(hasItem(code)));
        EvaluationFixtures.finance().body(template(code, 40)).post("/api/v1/evaluations/templates").then().statusCode(201)
                .body("version", equalTo(1));
        EvaluationFixtures.civilAffairs().body(template(code, 40)).post("/api/v1/evaluations/templates").then().statusCode(201)
                .body("version", equalTo(2));
        new EvaluationFixtures(bootstrap).purchaser().body(template(code, 40)).post("/api/v1/evaluations/templates")
                .then().statusCode(403);
    }

    @Test
    void aPlanAdjustsWeightsWithinTheLimitAndAnythingElseIsRefusedAndChangesNothing() {
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        f.filed();
        String plan = "/api/v1/evaluations/plans/" + f.contract;
        f.purchaser().get(plan).then().statusCode(200).body("plan.templateCode", equalTo("GENERAL"))
                .body("plan.indicators.weight", org.hamcrest.Matchers.contains(20, 30, 20, 20, 10))
                .body("plan.agencyShare", equalTo(0.6f));
        f.purchaser().body("{\"weights\":{\"QUALITY\":40,\"DEVELOPMENT\":0}}").put(plan).then().statusCode(422)
                .body("violations.field", hasItem("weights.QUALITY"))
                .body("violations.rule", hasItem(containsString("within 5 points of the template's 30")));
        f.purchaser().body("{\"agencyShare\":0.3}").put(plan).then().statusCode(422)
                .body("violations.field", hasItem("agencyShare"));
        f.purchaser().get(plan).then().body("plan.indicators.weight", org.hamcrest.Matchers.contains(20, 30, 20, 20, 10));
        f.purchaser().body("{\"weights\":{\"QUALITY\":35,\"DEVELOPMENT\":5},\"agencyShare\":0.7}").put(plan).then()
                .statusCode(200).body("plan.indicators.weight", org.hamcrest.Matchers.contains(20, 35, 20, 20, 5))
                .body("plan.agencyShare", equalTo(0.7f));
        new EvaluationFixtures(bootstrap).purchaser().body("{\"agencyShare\":0.8}").put(plan).then().statusCode(404);
    }
}
