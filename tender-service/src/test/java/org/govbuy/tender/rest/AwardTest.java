package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.auditor;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.FormedCommittee;
import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.Sql;

/** The award: publicity (中标公示), challenges (质疑), the final award (中标通知书) and a winner declining (弃标). */
@QuarkusTest
class AwardTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    private FormedCommittee t;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private FormedCommittee recommended(String extraTerms) {
        t = new FormedCommittee(bootstrap, db, clock, jobs, null, extraTerms);
        given().get(publicAwards()).then().statusCode(200).body("lots", empty()).body("committee", empty());
        t.scoresAndCloses();
        return t;
    }

    private String publicAwards() {
        return "/api/v1/public/tenders/" + t.tender + "/awards";
    }

    private Instant finalisableAt() {
        return Instant.parse(as(auditor(t.region)).get("/api/v1/tenders/" + t.tender + "/awards").then().statusCode(200)
                .extract().path("[-1].challengesCloseAt"));
    }

    private String challenge(String uscc, String grounds) {
        return as(supplier(uscc)).body("{\"grounds\":\"%s\",\"evidence\":\"证据:评分表第3项计算错误(附件略)\"}".formatted(grounds))
                .post("/api/v1/tenders/" + t.tender + "/lots/1/challenges").then().statusCode(201).extract().path("challengeId");
    }

    private long events(String type) {
        return Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + t.tender + "' AND event_type = '"
                + type + "'");
    }

    private String lotStatus() {
        return Sql.text(db, "SELECT status FROM tender_lot WHERE tender_id = '" + t.tender + "'");
    }

    @Test
    void theRecommendationIsPublishedAndBecomesFinalWhenItsPeriodsEndWithTheEventAContractNeeds() {
        recommended("");
        given().get(publicAwards()).then().statusCode(200)
                .body("committee.size()", equalTo(5))
                .body("lots[0].ranking.leadName", org.hamcrest.Matchers.contains("投标人500000", "投标人450000", "投标人400000"))
                .body("lots[0].ranking[0].totalScore", equalTo(86.0f))
                .body("lots[0].awards[0].status", equalTo("PUBLICISED"))
                .body("lots[0].awards[0].leadName", equalTo("投标人500000"));
        assertThat(events("govbuy.tender.award.recommended.v1")).isEqualTo(1);

        Instant finalisable = finalisableAt();
        clock.travelTo(finalisable.minusSeconds(1));
        jobs.runDue();
        assertThat(lotStatus()).isEqualTo("SCORED");
        clock.travelTo(finalisable.plusSeconds(1));
        jobs.runDue();

        assertThat(lotStatus()).isEqualTo("AWARDED");
        given().get(publicAwards()).then().body("lots[0].awards[0].status", equalTo("FINAL"))
                .body("lots[0].awards[0].noticeNumber", org.hamcrest.Matchers.startsWith("ZB-"));
        JsonPath finalized = JsonPath.from(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '"
                + t.tender + "' AND event_type = 'govbuy.tender.award.finalized.v1'"));
        Map<String, Object> data = finalized.getMap("");
        assertThat(data).containsKeys("tenderId", "lotId", "lot", "awardId", "noticeNumber", "title", "orgCode", "region",
                "fiscalYear", "subItemCode", "method", "supplierUscc", "supplierName", "memberUsccs", "awardedPrice",
                "serviceStartsOn", "serviceEndsOn", "stableService", "paymentTerms", "performanceStandards", "finalizedAt",
                "content", "quantity", "unit");
        assertThat(data.values()).doesNotContainNull();
        assertThat(finalized.getString("supplierUscc")).isEqualTo(t.bidders.get(0));
        assertThat(finalized.getString("orgCode")).isEqualTo("ORG1");
        assertThat(finalized.getString("region")).isEqualTo(t.region);
        assertThat(finalized.getFloat("awardedPrice")).isEqualTo(500000f);
        assertThat(finalized.getString("serviceEndsOn")).isEqualTo("2027-12-31");
        assertThat(finalized.getString("paymentTerms")).contains("按季度支付");
    }

    @Test
    void anOpenChallengeHoldsTheAwardBackUntilItIsRejectedAndThePublicSeesNeitherWhoNorTheEvidence() {
        recommended("");
        String challenge = challenge(t.bidders.get(1), "价格分计算有误");
        given().get(publicAwards()).then()
                .body("lots[0].challenges[0].grounds", equalTo("价格分计算有误"))
                .body(org.hamcrest.Matchers.not(containsString("证据")))
                .body("lots[0].challenges[0].keySet()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("challenger")))
                .body("lots[0].challenges[0].keySet()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("evidence")));
        as(auditor(t.region)).get("/api/v1/tenders/" + t.tender + "/challenges").then()
                .body("[0].evidence", containsString("证据")).body("[0].challenger", equalTo(t.bidders.get(1)));

        Instant answerDue = Instant.parse(as(auditor(t.region)).get("/api/v1/tenders/" + t.tender + "/challenges").then()
                .body("[0].overdue", equalTo(false)).extract().path("[0].answerDueAt"));
        assertThat(answerDue).isAfterOrEqualTo(finalisableAt());
        clock.travelTo(answerDue.plusSeconds(1));
        jobs.runDue();
        assertThat(lotStatus()).as("an unanswered challenge blocks the final award").isEqualTo("SCORED");
        // seven working days later the purchaser's answer is overdue, and oversight sees it
        as(auditor(t.region)).get("/api/v1/tenders/" + t.tender + "/challenges").then().body("[0].overdue", equalTo(true));

        as(purchaser("ORG1", t.region)).body("{\"upheld\":false,\"answer\":\"经复核,价格分计算无误\"}")
                .post("/api/v1/tenders/" + t.tender + "/challenges/" + challenge + "/answer").then().statusCode(200)
                .body("upheld", equalTo(false));
        assertThat(lotStatus()).isEqualTo("AWARDED");
        assertThat(events("govbuy.tender.award.finalized.v1")).isEqualTo(1);
        as(purchaser("ORG1", t.region)).body("{\"upheld\":true,\"answer\":\"改判\",\"resolution\":\"FAIL\"}")
                .post("/api/v1/tenders/" + t.tender + "/challenges/" + challenge + "/answer").then().statusCode(409);
        given().get(publicAwards()).then().body("lots[0].challenges[0].answer", equalTo("经复核,价格分计算无误"));
    }

    @Test
    void anUpheldChallengeSendsTheLotBackToTheCommitteeWhichScoresAgain() {
        recommended("");
        String challenge = challenge(t.bidders.get(2), "丙协会服务方案得分明显偏低");
        as(purchaser("ORG1", t.region)).body("{\"upheld\":true,\"answer\":\"质疑成立\"}")
                .post("/api/v1/tenders/" + t.tender + "/challenges/" + challenge + "/answer").then().statusCode(422)
                .body("violations[0].field", equalTo("resolution"));
        as(purchaser("ORG1", t.region)).body("{\"upheld\":true,\"answer\":\"质疑成立,重新评审\",\"resolution\":\"RESCORE\"}")
                .post("/api/v1/tenders/" + t.tender + "/challenges/" + challenge + "/answer").then().statusCode(200);
        assertThat(lotStatus()).isEqualTo("OPENED");
        assertThat(Sql.count(db, "SELECT count(*) FROM score_sheet WHERE tender_id = '" + t.tender + "' AND current"))
                .isZero();

        for (String member : t.members) { // now C (the third bid) comes first
            as(t.token(member)).body(t.sheet(30, 20, 30, 20, 39, 29)).put(t.evaluation() + "/score-sheets/mine").then()
                    .statusCode(200).body("revision", equalTo(2));
        }
        as(t.token(t.members.get(1))).body("{\"report\":\"重新评审\"}").post(t.evaluation() + "/closing").then()
                .statusCode(200);
        given().get(publicAwards()).then()
                .body("lots[0].awards.status", org.hamcrest.Matchers.contains("WITHDRAWN", "PUBLICISED"))
                .body("lots[0].awards[1].leadName", equalTo("投标人450000"))
                .body("lots[0].awards[1].round", equalTo(2));
    }

    @Test
    void onlyABidderOfTheLotChallengesAndOnlyWithinThePeriod() {
        recommended("");
        String stranger = TenderFixtures.eligibleSupplier(bootstrap, db, "未投标的协会");
        as(supplier(stranger)).body("{\"grounds\":\"不公\",\"evidence\":\"无\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/challenges").then().statusCode(403);
        as(supplier(t.bidders.get(1))).body("{\"grounds\":\"不公\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/challenges").then().statusCode(400);
        as(purchaser("ORG2", t.region)).get("/api/v1/tenders/" + t.tender + "/challenges").then().statusCode(404);
        clock.travelTo(finalisableAt());
        as(supplier(t.bidders.get(1))).body("{\"grounds\":\"迟到的质疑\",\"evidence\":\"无\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/challenges").then().statusCode(409)
                .body("detail", containsString("were taken until"));
        assertThat(Sql.count(db, "SELECT count(*) FROM award_challenge WHERE tender_id = '" + t.tender + "'")).isZero();
    }

    @Test
    void aWinnerWhoDeclinesIsReportedAndTheNextRankedBidderIsRecommended() {
        recommended("");
        clock.travelTo(finalisableAt().plusSeconds(1));
        jobs.runDue();
        as(supplier(t.bidders.get(1))).body("{\"reason\":\"不是我中标\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/award/declination").then().statusCode(404);
        as(supplier(t.bidders.get(0))).body("{\"reason\":\"核心人员离职,无法履约\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/award/declination").then().statusCode(200)
                .body("status", equalTo("ABANDONED"));

        JsonPath abandoned = JsonPath.from(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '"
                + t.tender + "' AND event_type = 'govbuy.tender.award.abandoned.v1'"));
        assertThat(abandoned.getMap("").keySet()).containsExactlyInAnyOrder("tenderId", "lotId", "supplierUscc", "abandonedOn");
        assertThat(abandoned.getString("supplierUscc")).isEqualTo(t.bidders.get(0));
        given().get(publicAwards()).then()
                .body("lots[0].awards.status", org.hamcrest.Matchers.contains("ABANDONED", "PUBLICISED"))
                .body("lots[0].awards[1].leadName", equalTo("投标人450000"))
                .body("lots[0].awards[1].rank", equalTo(2));
        assertThat(lotStatus()).isEqualTo("SCORED");
    }

    @Test
    void whenTheAnnouncementSaysSoADeclinedLotFailsAndTooLateADeclinationIsRefused() {
        recommended(",\"onAbandonment\":\"FAIL\"");
        Instant finalisable = finalisableAt();
        clock.travelTo(finalisable.plusSeconds(1));
        jobs.runDue();
        clock.travelTo(finalisable.plus(java.time.Duration.ofDays(11)));
        as(supplier(t.bidders.get(0))).body("{\"reason\":\"太晚了\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/award/declination").then().statusCode(409);
        clock.travelTo(finalisable.plus(java.time.Duration.ofDays(2)));
        as(supplier(t.bidders.get(0))).body("{\"reason\":\"无法履约\"}")
                .post("/api/v1/tenders/" + t.tender + "/lots/1/award/declination").then().statusCode(200);
        assertThat(lotStatus()).isEqualTo("FAILED");
        assertThat(events("govbuy.tender.lot.failed.v1")).isEqualTo(1);
        assertThat(events("govbuy.tender.award.recommended.v1")).isEqualTo(1);
    }

    @Test
    void theOversightReportCountsTheFinalAwardForTheDistrictAndItsDepartment() {
        recommended("");
        String report = "/api/v1/tenders/reports/oversight?fiscalYear=2027";
        as(TenderFixtures.finance(t.region)).get(report).then().statusCode(200)
                .body("total.awarded", equalTo(0.0f)).body("total.socialOrganisationShare", org.hamcrest.Matchers.nullValue());
        clock.travelTo(finalisableAt().plusSeconds(1));
        jobs.runDue();

        as(TenderFixtures.finance(t.region)).get(report).then().statusCode(200)
                .body("socialOrganisationGoal", equalTo(0.3f))
                .body("total.awarded", equalTo(500000.0f))
                .body("total.byMethod.OPEN_TENDER", equalTo(500000.0f))
                .body("total.byOrganisationType.SOCIAL_GROUP", equalTo(500000.0f))
                .body("total.socialOrganisationShare", equalTo(1.0f))
                .body("total.socialOrganisationGoalMet", equalTo(true))
                .body("total.singleSourceShare", equalTo(0.0f))
                .body("total.settledLots", equalTo(1)).body("total.failedLots", equalTo(0))
                .body("departments.orgCode", org.hamcrest.Matchers.contains("ORG1"));
        as(auditor(t.region)).get(report + "&orgCode=ORG1").then().statusCode(200).body("total.awards", equalTo(1));
        as(purchaser("ORG2", t.region)).get(report).then().statusCode(200).body("total.awards", equalTo(0));
        as(TenderFixtures.finance(TenderFixtures.newDistrict())).get(report + "&region=" + t.region).then().statusCode(403);
        as(TenderFixtures.finance(t.region)).get("/api/v1/tenders/reports/oversight").then().statusCode(400);
    }
}
