package org.govbuy.credit.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;

/** The eligibility query lists every failed condition and keeps its answer as evidence. */
@QuarkusTest
class EligibilityApiTest {

    @Test
    void everyFailedConditionIsListedAndTheAnswerCanBeCitedLater() {
        String uscc = CreditApi.registerSupplier("资格查询协会", "2015-06-01");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        CreditApi.as("civil-affairs").body("{\"result\":\"FAILED\"}")
                .put("/api/v1/suppliers/" + uscc + "/inspections/2025").then().statusCode(200);
        CreditApi.as("finance").body("{\"kind\":\"TAX\",\"inGoodStanding\":false,\"asOf\":\"" + today
                + "\",\"evidenceReference\":\"税务通知 2026-17\"}").post("/api/v1/suppliers/" + uscc + "/compliance")
                .then().statusCode(200);
        CreditApi.enterRecord(uscc, "FALSE_INFORMATION", "MAJOR", today);

        String snapshot = CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .statusCode(200).body("eligible", equalTo(false))
                .body("failed.condition", contains("NOT_DEBARRED", "ANNUAL_INSPECTION_PASSED",
                        "NO_MAJOR_VIOLATION_IN_LOOK_BACK", "TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING"))
                .body("snapshotId", notNullValue()).body("policyVersion", equalTo("2026.1"))
                .extract().path("snapshotId");

        CreditApi.as("auditor").get("/api/v1/credit/eligibility-snapshots/" + snapshot).then().statusCode(200)
                .body("uscc", equalTo(uscc)).body("failed", org.hamcrest.Matchers.hasSize(4));
        CreditApi.as("purchaser").queryParam("on", "2010-01-01").get("/api/v1/suppliers/" + uscc + "/eligibility")
                .then().body("failed.condition", contains("REGISTERED_AND_ACTIVE"));
        CreditApi.as("purchaser").queryParam("on", "yesterday").get("/api/v1/suppliers/" + uscc + "/eligibility")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("on"));
    }

    @Test
    void suppliersMayNotAskAboutEligibility() {
        String uscc = CreditApi.registerSupplier("无权查询协会");
        CreditApi.asSupplier(uscc).get("/api/v1/suppliers/" + uscc + "/eligibility").then().statusCode(403);
    }
}
