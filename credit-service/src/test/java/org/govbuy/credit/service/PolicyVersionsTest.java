package org.govbuy.credit.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.domain.CreditPolicy;

/** Every policy version keeps its parameters, so an old score can be re-explained; a label never changes meaning. */
@QuarkusTest
class PolicyVersionsTest {

    @Inject
    CreditPolicy policy;

    @Inject
    PolicyVersions versions;

    @Test
    void theRunningPolicyIsRecordedAndAnyoneCanReadItsParametersByTheVersionAScoreNames() {
        String uscc = CreditApi.registerSupplier("政策版本测试协会");
        String version = CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/credit-report").then()
                .body("score.base", equalTo(policy.baseScore().intValue())).extract().path("score.policyVersion");

        given().get("/api/v1/public/credit-policies/" + version).then().statusCode(200)
                .body("version", equalTo(version))
                .body("parameters.baseScore", equalTo(policy.baseScore().intValue()))
                .body("parameters.levelA", equalTo(policy.levelA().intValue()))
                .body("parameters.pointsBySeverity.MAJOR", equalTo(policy.pointsOf(false,
                        org.govbuy.credit.domain.Severity.MAJOR).intValue()));
        given().get("/api/v1/public/credit-policies/no-such-version").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void changedRulesUnderARecordedVersionAreRefused() {
        CreditPolicy changed = new CreditPolicy(policy.version(), policy.baseScore().add(BigDecimal.ONE),
                policy.pointsBySeverity(), policy.positivePoints(), policy.countingPeriods(),
                policy.positiveCountingPeriod(), policy.halfLife(), policy.levelA(), policy.levelB(), policy.levelC(),
                policy.debarmentPeriod(), policy.majorViolationLookBack(), policy.inspectionSeasonEnds(),
                policy.evidenceMaxAge(), policy.ratingValidity(), policy.priorityRating());
        versions.record(policy); // the same rules again: fine
        assertThatThrownBy(() -> versions.record(changed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("new version");
    }
}
