package org.govbuy.credit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestClock;
import org.govbuy.credit.service.DailySupplierPass;

/** The eligibility query lists every failed condition and keeps its answer as evidence. */
@QuarkusTest
class EligibilityApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TestClock clock;

    @Inject
    DailySupplierPass dailyPass;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

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
        clock.travel(java.time.Duration.ofDays(10)); // the debarment notice runs out without a statement
        dailyPass.passFor(uscc);

        String snapshot = CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .statusCode(200).body("eligible", equalTo(false))
                .body("failed.condition", contains("NOT_DEBARRED", "ANNUAL_INSPECTION_PASSED",
                        "NO_MAJOR_VIOLATION_IN_LOOK_BACK", "TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING"))
                .body("snapshotId", notNullValue()).body("policyVersion", equalTo("2026.2"))
                .extract().path("snapshotId");

        CreditApi.as("auditor").get("/api/v1/credit/eligibility-snapshots/" + snapshot).then().statusCode(200)
                .body("uscc", equalTo(uscc)).body("failed", org.hamcrest.Matchers.hasSize(4));
        CreditApi.as("purchaser").queryParam("on", "2010-01-01").get("/api/v1/suppliers/" + uscc + "/eligibility")
                .then().body("failed.condition", contains("REGISTERED_AND_ACTIVE",
                        "TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING"));
        CreditApi.as("purchaser").queryParam("on", "yesterday").get("/api/v1/suppliers/" + uscc + "/eligibility")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("on"));
    }

    @Test
    void aSupplierChecksItsOwnEligibilityForATendersRequirementsButNoOneElses() {
        String uscc = CreditApi.registerSupplier("自查资格协会");
        String other = CreditApi.registerSupplier("他人资格协会");
        CreditApi.asSupplier(uscc).queryParam("organisationType", "SOCIAL_GROUP")
                .queryParam("organisationType", "FOUNDATION").queryParam("minimumRating", "A3")
                .get("/api/v1/suppliers/" + uscc + "/eligibility").then().statusCode(200)
                .body("failed.condition", hasItems("ORGANISATION_TYPE_ADMITTED", "MINIMUM_RATING_HELD"))
                .body("failed.find { it.condition == 'MINIMUM_RATING_HELD' }.detail", containsString("holds none"));
        CreditApi.asSupplier(uscc).queryParam("organisationType", "SOCIAL_SERVICE_ORGANISATION")
                .get("/api/v1/suppliers/" + uscc + "/eligibility").then().statusCode(200)
                .body("failed.condition", not(hasItem("ORGANISATION_TYPE_ADMITTED")));
        CreditApi.asSupplier(uscc).get("/api/v1/suppliers/" + other + "/eligibility").then().statusCode(403);
        CreditApi.asSupplier(uscc).queryParam("minimumRating", "A9")
                .get("/api/v1/suppliers/" + uscc + "/eligibility").then().statusCode(400)
                .body("violations[0].field", equalTo("minimumRating"));
    }

    @Test
    void withoutRecentEvidenceTaxAndSocialInsuranceStandingIsUnknownAndTheStandingSaysSo() {
        String uscc = CreditApi.registerSupplier("缴费证明协会", "2015-06-01");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\"}")
                .put("/api/v1/suppliers/" + uscc + "/inspections/" + (today.getYear() - 1)).then().statusCode(200);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", contains("TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING"))
                .body("failed[0].detail", containsString("TAX standing unknown: no evidence on record"));

        for (String kind : new String[] { "TAX", "SOCIAL_INSURANCE" }) {
            CreditApi.as("finance").body("{\"kind\":\"" + kind + "\",\"inGoodStanding\":true,\"asOf\":\""
                    + today.minusMonths(7) + "\",\"evidenceReference\":\"完税证明（旧）\"}")
                    .post("/api/v1/suppliers/" + uscc + "/compliance").then().statusCode(200);
        }
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed[0].detail", containsString("older than P6M"));

        for (String kind : new String[] { "TAX", "SOCIAL_INSURANCE" }) {
            CreditApi.as("finance").body("{\"kind\":\"" + kind + "\",\"inGoodStanding\":true,\"asOf\":\""
                    + today + "\",\"evidenceReference\":\"完税证明\"}")
                    .post("/api/v1/suppliers/" + uscc + "/compliance").then().statusCode(200);
        }
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("eligible", equalTo(true));
        var updates = CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.updated.v1", 4);
        var standing = CreditApi.data(updates.get(updates.size() - 1)).get("standing");
        assertThat(standing.get("taxStanding").asText()).isEqualTo("GOOD");
        assertThat(standing.get("taxInGoodStanding").asBoolean()).isTrue();
        assertThat(standing.get("taxStandingUntil").asText()).isEqualTo(today.plusMonths(6).toString());
        var first = CreditApi.data(updates.get(1)).get("standing"); // after the inspection: nothing on record
        assertThat(first.get("taxStanding").asText()).isEqualTo("UNKNOWN");
        assertThat(first.get("taxInGoodStanding").asBoolean()).isFalse();
    }

    @Test
    void aRatingOf3AOrMoreGivesPriorityUntilItsValidityEndsAndThenExpires() {
        String uscc = CreditApi.registerSupplier("评估等级有效期协会", "2010-06-01");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate ratedOn = today.minusYears(5).plusDays(10);
        CreditApi.as("civil-affairs").body("{\"level\":\"A4\",\"ratedOn\":\"" + ratedOn
                + "\",\"authority\":\"北京市民政局\"}").put("/api/v1/suppliers/" + uscc + "/rating").then()
                .statusCode(200);
        var rated = CreditApi.data(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.rating-changed.v1", 1)
                .get(0)).get("standing");
        assertThat(rated.get("ratingPriority").asBoolean()).isTrue();
        assertThat(rated.get("ratingValidUntil").asText()).isEqualTo(ratedOn.plusYears(5).toString());

        clock.travel(java.time.Duration.ofDays(11));
        dailyPass.passFor(uscc);
        dailyPass.passFor(uscc);
        var changes = CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.rating-changed.v1", 2);
        assertThat(changes).hasSize(2);
        var expired = CreditApi.data(changes.get(1));
        assertThat(expired.get("level").asText()).isEqualTo("NONE");
        assertThat(expired.get("standing").get("ratingPriority").asBoolean()).isFalse();
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc).then().body("ratingLevel", equalTo("NONE"));
    }
}
