package org.govbuy.credit.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestClock;

/**
 * The 31 March rule (seed 000 篇5 第六、十六条): an organisation that has not published last year's
 * annual report gets a correction notice, goes on the abnormal list after its deadline, and comes
 * off it when it publishes.
 */
@QuarkusTest
class DisclosureComplianceTest {

    @Inject
    TestClock clock;

    @Inject
    DisclosureCompliance disclosure;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Noon in Beijing on the given day. */
    private void beOn(String day) {
        clock.travelTo(Instant.parse(day + "T04:00:00Z"));
    }

    @Test
    void aSilentOrganisationIsNotifiedAfterItsCorrectionDeadlineListedWhenItsStatementPeriodEndsAndRemovedOnlyByDecision() {
        String uscc = CreditApi.registerSupplier("年报测试协会", "2015-06-01");
        String other = CreditApi.registerSupplier("旁观协会", "2015-06-01");
        CreditApi.as("civil-affairs").put("/api/v1/suppliers/" + uscc + "/inspections/2025")
                .then().statusCode(400);
        CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\"}").put("/api/v1/suppliers/" + uscc
                + "/inspections/2025").then().statusCode(200);

        beOn("2027-03-31");
        disclosure.checkSupplier(uscc);
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .body("find { it.subject == '2026' }.dueOn", equalTo("2027-03-31"))
                .body("find { it.subject == '2026' }.noticeIssuedOn", nullValue());

        beOn("2027-04-01");
        disclosure.checkSupplier(uscc);
        String deadline = CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .body("find { it.subject == '2026' }.noticeIssuedOn", equalTo("2027-04-01"))
                .extract().path("find { it.subject == '2026' }.correctionDeadline");
        assertThat(deadline).isEqualTo("2027-04-15"); // ten working days later
        beOn(deadline);
        disclosure.checkSupplier(uscc);
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/abnormal-listings").then().body("$", empty());

        // past the deadline: notified first (告知), with five working days to state its case (申辩)
        beOn("2027-04-16");
        disclosure.checkSupplier(uscc);
        String listing = CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/abnormal-listings").then()
                .body("[0].status", equalTo("PROPOSED")).body("[0].notifiedOn", equalTo("2027-04-16"))
                .body("[0].statementDeadline", equalTo("2027-04-23")).extract().path("[0].id");
        given().get("/api/v1/public/suppliers/" + uscc).then().body("abnormalListing", nullValue());
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.abnormal-listing-proposed.v1", 1))
                .hasSize(1);
        beOn("2027-04-23");
        disclosure.checkSupplier(uscc);
        given().get("/api/v1/public/suppliers/" + uscc).then().body("abnormalListing", nullValue());

        beOn("2027-04-26");
        disclosure.checkSupplier(uscc);
        given().get("/api/v1/public/suppliers/" + uscc).then()
                .body("abnormalListing.listedOn", equalTo("2027-04-26"))
                .body("abnormalListing.reason", containsString("annual report 2026"));
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", hasItem("NOT_ON_ABNORMAL_LIST"));
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.abnormal-listed.v1", 1)).hasSize(1);
        CreditApi.as("civil-affairs").body("{\"reason\":\"已核实\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/removal").then()
                .statusCode(409).contentType("application/problem+json");

        // publishing removes nothing: the organisation applies with proof and the authority decides (信用修复)
        beOn("2027-04-27");
        CreditApi.asSupplier(uscc).body(published("2027-04-27T10:00:00+08:00"))
                .post("/api/v1/suppliers/" + uscc + "/disclosures/annual-reports/2026")
                .then().statusCode(200).body("fulfilledOn", equalTo("2027-04-27")).body("metLate", equalTo(true));
        given().get("/api/v1/public/suppliers/" + uscc).then().body("abnormalListing.listedOn", equalTo("2027-04-26"));
        String application = "{\"statement\":\"已于4月27日公开年报\",\"evidenceReference\":\"https://xxgk.mca.gov.cn/r/1\"}";
        CreditApi.asSupplier(other).body(application)
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/repair-application").then()
                .statusCode(403);
        CreditApi.asSupplier(uscc).body(application)
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/repair-application").then()
                .statusCode(200).body("repairEvidence", equalTo("https://xxgk.mca.gov.cn/r/1"));
        CreditApi.asSupplier(uscc).body("{\"reason\":\"自行移出\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/removal").then()
                .statusCode(403);
        CreditApi.as("civil-affairs").body("{\"reason\":\"已补正公开年报，核实无误，移出名录\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/removal").then()
                .statusCode(200).body("status", equalTo("REMOVED")).body("decidedBy", equalTo("civil-affairs-user"));
        given().get("/api/v1/public/suppliers/" + uscc).then().body("abnormalListing", nullValue());
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", not(hasItem("NOT_ON_ABNORMAL_LIST")));
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/credit-report").then()
                .body("abnormalListings[0].clearedOn", equalTo("2027-04-27"))
                .body("abnormalListings[0].clearReason", notNullValue());
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.abnormal-cleared.v1", 1)).hasSize(1);
    }

    @Test
    void anOrganisationThatStatesItsCaseIsListedOnlyIfTheAuthorityDecidesSo() {
        String uscc = CreditApi.registerSupplier("申辩协会", "2015-06-01");
        beOn("2027-04-01");
        disclosure.checkSupplier(uscc);
        beOn("2027-04-16");
        disclosure.checkSupplier(uscc);
        String listing = CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/abnormal-listings").then()
                .extract().path("[0].id");
        CreditApi.as("civil-affairs").body("{\"list\":true,\"reason\":\"过早\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/decision").then()
                .statusCode(409);
        CreditApi.asSupplier(uscc).body("{\"statement\":\"年报已于3月30日在本会网站公开，平台同步失败\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/statement").then()
                .statusCode(200).body("statement", containsString("同步失败"));

        beOn("2027-04-30");
        disclosure.checkSupplier(uscc);
        given().get("/api/v1/public/suppliers/" + uscc).then().body("abnormalListing", nullValue());
        CreditApi.as("civil-affairs").body("{\"list\":false,\"reason\":\"申辩成立\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/decision").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("clearReason", equalTo("申辩成立"));
        CreditApi.asSupplier(uscc).body("{\"statement\":\"again\"}")
                .post("/api/v1/suppliers/" + uscc + "/abnormal-listings/" + listing + "/statement").then()
                .statusCode(409);
    }

    @Test
    void civilAffairsRecordsANoticeItIssuedAndTheCheckListsAfterItsDeadline() {
        String uscc = CreditApi.registerSupplier("通知补录协会", "2015-06-01");
        beOn("2027-05-10");
        CreditApi.as("civil-affairs").post("/api/v1/credit/disclosure-checks").then().statusCode(200);
        String obligation = CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .extract().path("find { it.subject == '2026' }.id");
        // the check has just issued a notice today; a later one cannot replace it, an earlier one does
        CreditApi.as("civil-affairs").body("{\"issuedOn\":\"2027-05-10\",\"deadline\":\"2027-05-30\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/" + obligation + "/correction-notice")
                .then().statusCode(409).contentType("application/problem+json");
        CreditApi.as("civil-affairs").body("{\"issuedOn\":\"2027-04-01\",\"deadline\":\"2027-04-20\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/" + obligation + "/correction-notice")
                .then().statusCode(200).body("noticeIssuedOn", equalTo("2027-04-01"));
        String fresh = CreditApi.registerSupplier("通知补录协会二", "2015-06-01");
        beOn("2027-03-31");
        disclosure.checkSupplier(fresh);
        String freshObligation = CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + fresh + "/disclosures")
                .then().extract().path("find { it.subject == '2026' }.id");
        beOn("2027-05-10");
        CreditApi.as("civil-affairs").body("{\"issuedOn\":\"2027-04-01\",\"deadline\":\"2027-03-01\"}")
                .post("/api/v1/suppliers/" + fresh + "/disclosures/" + freshObligation + "/correction-notice")
                .then().statusCode(400).body("violations[0].field", equalTo("deadline"));
        CreditApi.as("civil-affairs").body("{\"issuedOn\":\"2027-04-01\",\"deadline\":\"2027-04-20\"}")
                .post("/api/v1/suppliers/" + fresh + "/disclosures/" + freshObligation + "/correction-notice")
                .then().statusCode(200).body("correctionDeadline", equalTo("2027-04-20"));
        CreditApi.as("purchaser").post("/api/v1/credit/disclosure-checks").then().statusCode(403);
        disclosure.checkSupplier(fresh); // notified on 10 May, may state its case until 17 May
        beOn("2027-05-18");
        disclosure.checkSupplier(fresh);
        given().get("/api/v1/public/suppliers/" + fresh).then().body("abnormalListing.listedOn", equalTo("2027-05-18"));
    }

    @Test
    void anOrganisationThatPublishedInTimeIsLeftAlone() {
        String uscc = CreditApi.registerSupplier("按时年报协会", "2015-06-01");
        beOn("2027-03-20");
        CreditApi.as("civil-affairs").body(published("2027-03-18T15:00:00+08:00"))
                .post("/api/v1/suppliers/" + uscc + "/disclosures/annual-reports/2026")
                .then().statusCode(200).body("metLate", equalTo(false))
                .body("publishedWhere", equalTo("https://xxgk.mca.gov.cn/"));
        beOn("2027-05-01");
        disclosure.checkSupplier(uscc);
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .body("find { it.subject == '2026' }.noticeIssuedOn", nullValue());
        given().get("/api/v1/public/suppliers/" + uscc).then().body("abnormalListing", nullValue());
    }

    /**
     * The day of a publication is its day in Beijing: 03-31T16:30Z is 00:30 on 1 April there. A
     * report published at 23:30 on 31 March and recorded the next morning is on time; an
     * organisation still silent at 00:30 on 1 April is late.
     */
    @Test
    void aReportPublishedAt2330On31MarchInBeijingIsOnTimeAndHalfPastMidnightIsAlreadyApril() {
        String silent = CreditApi.registerSupplier("午夜未公示协会", "2015-06-01");
        String lastMinute = CreditApi.registerSupplier("午夜前公示协会", "2015-06-01");
        clock.travelTo(Instant.parse("2027-03-31T16:30:00Z"));
        disclosure.checkSupplier(silent);
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + silent + "/disclosures").then()
                .body("find { it.subject == '2026' }.noticeIssuedOn", equalTo("2027-04-01"));

        clock.travelTo(Instant.parse("2027-04-01T01:00:00Z")); // 09:00 in Beijing, the morning after
        CreditApi.asSupplier(lastMinute).body(published("2027-03-31T23:30:00+08:00"))
                .post("/api/v1/suppliers/" + lastMinute + "/disclosures/annual-reports/2026").then().statusCode(200)
                .body("fulfilledOn", equalTo("2027-03-31")).body("metLate", equalTo(false))
                .body("publishedAt", equalTo("2027-03-31T15:30:00Z"))
                .body("recordedAt", org.hamcrest.Matchers.startsWith("2027-04-01T01:00:0"));
        CreditApi.asSupplier(silent).body(published("2027-04-01T00:30:00+08:00"))
                .post("/api/v1/suppliers/" + silent + "/disclosures/annual-reports/2026").then().statusCode(200)
                .body("fulfilledOn", equalTo("2027-04-01")).body("metLate", equalTo(true));
    }

    @Test
    void aPublicationCannotBeInTheFutureNorBeforeItsYearEnded() {
        String uscc = CreditApi.registerSupplier("公示时间校验协会", "2015-06-01");
        beOn("2027-03-10");
        CreditApi.asSupplier(uscc).body(published("2027-03-11T09:00:00+08:00"))
                .post("/api/v1/suppliers/" + uscc + "/disclosures/annual-reports/2026").then().statusCode(400)
                .body("violations[0].field", equalTo("publishedAt"));
        CreditApi.asSupplier(uscc).body(published("2026-12-30T09:00:00+08:00"))
                .post("/api/v1/suppliers/" + uscc + "/disclosures/annual-reports/2026").then().statusCode(400)
                .body("violations[0].field", equalTo("publishedAt"));
        CreditApi.asSupplier(uscc).body("{\"publishedAt\":\"2027-03-01T09:00:00+08:00\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/annual-reports/2026").then().statusCode(400)
                .body("violations[0].field", equalTo("publishedWhere"));
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .body("findAll { it.fulfilledOn != null }", org.hamcrest.Matchers.empty());
    }

    private static String published(String at) {
        return "{\"publishedAt\":\"" + at + "\",\"publishedWhere\":\"https://xxgk.mca.gov.cn/\"}";
    }

    @Test
    void anOrganisationIsRemindedThirtySevenAndOneDaysBeforeItsDeadlineEachOnceAndNotAfterPublishing() {
        String uscc = CreditApi.registerSupplier("年报提醒协会", "2015-06-01");
        String reminder = "govbuy.credit.disclosure.reminder-due.v1";
        beOn("2027-02-20");
        disclosure.checkSupplier(uscc);
        beOn("2027-03-01");
        disclosure.checkSupplier(uscc);
        disclosure.checkSupplier(uscc);
        var first = CreditApi.events(bootstrap, uscc, reminder, 1);
        assertThat(first).hasSize(1);
        assertThat(CreditApi.data(first.get(0)).get("daysLeft").asInt()).isEqualTo(30);
        assertThat(CreditApi.data(first.get(0)).get("dueOn").asText()).isEqualTo("2027-03-31");

        beOn("2027-03-26"); // the run missed the 7-day mark: one reminder, and the 7-day one counts as sent
        disclosure.checkSupplier(uscc);
        beOn("2027-03-27");
        disclosure.checkSupplier(uscc);
        var second = CreditApi.events(bootstrap, uscc, reminder, 2);
        assertThat(second).hasSize(2);
        assertThat(CreditApi.data(second.get(1)).get("daysLeft").asInt()).isEqualTo(5);

        CreditApi.asSupplier(uscc).body(published("2027-03-27T10:00:00+08:00"))
                .post("/api/v1/suppliers/" + uscc + "/disclosures/annual-reports/2026").then().statusCode(200);
        beOn("2027-03-30");
        disclosure.checkSupplier(uscc);
        String other = CreditApi.registerSupplier("年报提醒对照协会", "2015-06-01");
        disclosure.checkSupplier(other); // a later reminder about another organisation marks the end of the topic
        assertThat(CreditApi.events(bootstrap, other, reminder, 1)).hasSize(1);
        assertThat(CreditApi.events(bootstrap, uscc, reminder, 2)).hasSize(2);
    }

    @Test
    void theDatabaseHoldsAtMostOneOpenListingPerOrganisation() throws Exception {
        String uscc = CreditApi.registerSupplier("唯一名录协会", "2015-06-01");
        String insert = "INSERT INTO abnormal_listing (id, uscc, status, notified_on, statement_deadline, reason) "
                + "VALUES (gen_random_uuid(), '" + uscc + "', 'PROPOSED', current_date, current_date + 7, 'x')";
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(insert);
            assertThatThrownBy(() -> statement.executeUpdate(insert)).isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("abnormal_listing_one_active");
            statement.executeUpdate("UPDATE abnormal_listing SET status = 'WITHDRAWN', cleared_on = current_date "
                    + "WHERE uscc = '" + uscc + "'");
            statement.executeUpdate(insert); // a closed one does not count
        }
    }

    @Test
    void workingDaysFollowTheOfficialHolidaysAndAYearWithoutAScheduleIsRefused() {
        String uscc = CreditApi.registerSupplier("春节变更协会", "2015-06-01");
        beOn("2026-02-09");
        // the Friday before Spring Festival: 20 working days skip the holiday and count both worked Saturdays
        CreditApi.asSupplier(uscc).body("{\"whatChanged\":\"法定代表人变更\",\"changedOn\":\"2026-02-06\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/changes").then().statusCode(201)
                .body("dueOn", equalTo("2026-03-12"));
        beOn("2028-06-01");
        CreditApi.asSupplier(uscc).body("{\"whatChanged\":\"住所变更\",\"changedOn\":\"2028-05-30\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/changes").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("2028"));
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .body("subject", not(hasItem("住所变更")));
    }

    @Test
    void aChangeMustBePublishedWithinTwentyWorkingDaysAndOnlyByItsOrganisationOrCivilAffairs() {
        String uscc = CreditApi.registerSupplier("变更公示协会", "2015-06-01");
        String other = CreditApi.registerSupplier("别家协会", "2015-06-01");
        beOn("2026-11-20");
        CreditApi.asSupplier(other).body("{\"whatChanged\":\"住所变更\",\"changedOn\":\"2026-11-20\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/changes").then().statusCode(403);
        CreditApi.asSupplier(uscc).body("{\"whatChanged\":\"住所变更\",\"changedOn\":\"2026-11-20\"}")
                .post("/api/v1/suppliers/" + uscc + "/disclosures/changes").then().statusCode(201)
                .body("dueOn", equalTo("2026-12-18"));
    }
}
