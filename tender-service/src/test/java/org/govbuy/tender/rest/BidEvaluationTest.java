package org.govbuy.tender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.auditor;
import static org.govbuy.tender.TenderFixtures.expert;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

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

/** The committee's review and scoring of an opened lot (评标), on the worked example of ScoringTest. */
@QuarkusTest
class BidEvaluationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    private FormedCommittee fixture;
    private String region;
    private String tender;
    private List<String> bids;
    private List<String> bidders;
    private List<String> members;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void aFormedCommitteeOnAnOpenedTender(String evaluation) {
        fixture = new FormedCommittee(bootstrap, db, clock, jobs, evaluation, "");
        region = fixture.region;
        tender = fixture.tender;
        bids = fixture.bids;
        bidders = fixture.bidders;
        members = fixture.members;
    }

    private String nameOf(String username) {
        return fixture.nameOf(username);
    }

    private String token(String member) {
        return fixture.token(member);
    }

    private String evaluation() {
        return fixture.evaluation();
    }

    private String sheet(int... scores) {
        return fixture.sheet(scores);
    }

    @Test
    void eachMemberScoresOnTheirOwnSheetAndClosingRanksByTrimmedMeansAndThePriceScore() {
        aFormedCommitteeOnAnOpenedTender(null);
        int[][] plan = { { 36, 25, 30, 20, 34, 24 }, { 38, 28, 30, 20, 34, 24 }, { 30, 27, 30, 20, 34, 24 },
                { 39, 26, 30, 20, 34, 24 }, { 35, 20, 30, 20, 34, 24 } };
        // the members read the bids before scoring
        as(expert(members.get(0))).get(evaluation() + "/bids/" + bids.get(1)).then().statusCode(200)
                .body("proposal", equalTo("方案400000")).body("price", equalTo(400000f));

        as(expert(members.get(0))).body(sheet(10, 10, 10, 10, 10, 10)).put(evaluation() + "/score-sheets/mine").then()
                .statusCode(200).body("revision", equalTo(1));
        // a member sees the others' sheets only after submitting their own; the auditor only after closing
        as(expert(members.get(1))).get(evaluation() + "/score-sheets").then().statusCode(409);
        as(expert(members.get(0))).get(evaluation() + "/score-sheets").then().statusCode(200);
        as(auditor(region)).get(evaluation() + "/score-sheets").then().statusCode(409);
        // a correction is a new revision; the first is kept
        for (int m = 0; m < 5; m++) {
            as(token(members.get(m))).body(sheet(plan[m])).put(evaluation() + "/score-sheets/mine").then().statusCode(200);
        }
        as(expert(members.get(1))).get(evaluation() + "/score-sheets").then().statusCode(200)
                .body("size()", equalTo(5));

        JsonPath closed = as(expert(members.get(2))).body("{\"report\":\"评标委员会一致推荐排名第一的投标人\"}")
                .post(evaluation() + "/closing").then().statusCode(200).extract().jsonPath();

        assertThat(closed.getString("lotStatus")).isEqualTo("SCORED");
        assertThat(closed.getString("result.outcome")).isEqualTo("RECOMMENDED");
        assertThat(closed.getList("result.ranking.bidId")).containsExactly(bids.get(0), bids.get(2), bids.get(1));
        assertThat(closed.getList("result.ranking.totalScore", Float.class)).containsExactly(86.33f, 84.67f, 80.00f);
        assertThat(closed.getFloat("result.ranking[0].criteria['服务方案']")).isEqualTo(36.33f);
        assertThat(closed.getString("result.recommendedBidId")).isEqualTo(bids.get(0));
        String event = Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + tender
                + "' AND event_type = 'govbuy.tender.scoring.closed.v1'");
        assertThat(JsonPath.from(event).getString("ranking[0].leadUscc")).isEqualTo(bidders.get(0));
        assertThat(JsonPath.from(event).getString("recommendedBidId")).isEqualTo(bids.get(0));

        as(auditor(region)).queryParam("history", true).get(evaluation() + "/score-sheets").then().statusCode(200)
                .body("size()", equalTo(6)).body("findAll { it.revision == 2 }.member", contains(nameOf(members.get(0))));
        as(expert(members.get(0))).body(sheet(plan[0])).put(evaluation() + "/score-sheets/mine").then().statusCode(409);
    }

    @Test
    void reviewComesBeforeScoringAndTooFewQualifiedBidsFailTheLot() {
        aFormedCommitteeOnAnOpenedTender(null);
        as(expert(members.get(0))).body("{\"reason\":\"未提供服务场地证明,不满足资格要求\"}")
                .post(evaluation() + "/bids/" + bids.get(1) + "/disqualification").then().statusCode(200)
                .body("bids.find { it.bidId == '%s' }.qualified".formatted(bids.get(1)), equalTo(false))
                .body("bids.find { it.bidId == '%s' }.disqualification".formatted(bids.get(1)), containsString("服务场地"));
        // a sheet covers the qualified bids only
        as(expert(members.get(0))).body(sheet(30, 20, 30, 20, 30, 20)).put(evaluation() + "/score-sheets/mine").then()
                .statusCode(422).body("violations[0].rule", containsString("not a qualified bid"));
        String twoBids = """
                {"scores":[{"bidId":"%1$s","criterion":"服务方案","score":30},{"bidId":"%1$s","criterion":"人员配备","score":20},
                 {"bidId":"%2$s","criterion":"服务方案","score":31},{"bidId":"%2$s","criterion":"人员配备","score":21}]}"""
                .formatted(bids.get(0), bids.get(2));
        as(expert(members.get(0))).body(twoBids).put(evaluation() + "/score-sheets/mine").then().statusCode(200);
        as(expert(members.get(1))).body("{\"reason\":\"迟到的审查\"}")
                .post(evaluation() + "/bids/" + bids.get(2) + "/disqualification").then().statusCode(409);

        as(expert(members.get(1))).body("{\"report\":\"有效投标不足三家\"}").post(evaluation() + "/closing").then()
                .statusCode(200).body("lotStatus", equalTo("FAILED")).body("result.outcome", equalTo("FAILED"));
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + tender
                + "' AND event_type = 'govbuy.tender.lot.failed.v1'")).isEqualTo(1);
        assertThat(Sql.text(db, "SELECT reason FROM bid_disqualification WHERE bid_id = '" + bids.get(1) + "'"))
                .contains("服务场地");
    }

    @Test
    void onlyTheFormedCommitteesMembersScoreAndNobodyElseSeesTheLotsEvaluation() {
        aFormedCommitteeOnAnOpenedTender(null);
        String outsider = TenderFixtures.registerExpert(region, "expert-" + region + "-outsider", "局外专家", "A07", "[]");
        as(expert(outsider)).get(evaluation()).then().statusCode(404);
        as(expert(outsider)).body(sheet(30, 20, 30, 20, 30, 20)).put(evaluation() + "/score-sheets/mine").then()
                .statusCode(404);
        as(expert(outsider)).get(evaluation() + "/bids/" + bids.get(0)).then().statusCode(404);
        as(purchaser("ORG2", region)).get(evaluation()).then().statusCode(404);
        as(supplier(bidders.get(0))).get(evaluation()).then().statusCode(403);
        as(auditor(region)).get(evaluation()).then().statusCode(200).body("bids.size()", equalTo(3));
        // closing needs every member's sheet
        as(expert(members.get(0))).body(sheet(30, 20, 30, 20, 30, 20)).put(evaluation() + "/score-sheets/mine").then()
                .statusCode(200);
        as(expert(members.get(0))).body("{\"report\":\"过早\"}").post(evaluation() + "/closing").then().statusCode(409)
                .body("detail", containsString(nameOf(members.get(1))));
    }

    @Test
    void aSheetOutsideTheRulesIsRefusedNamingTheScoreAndStoresNothing() {
        aFormedCommitteeOnAnOpenedTender(null);
        as(expert(members.get(0))).body(sheet(41, 20, 30, 20, 30, 20)).put(evaluation() + "/score-sheets/mine").then()
                .statusCode(422).body("violations[0].field", equalTo("scores[0].score"))
                .body("violations[0].rule", containsString("between 0 and 40"));
        as(expert(members.get(0))).body("{\"scores\":[{\"bidId\":\"%s\",\"criterion\":\"服务方案\",\"score\":30}]}"
                .formatted(bids.get(0))).put(evaluation() + "/score-sheets/mine").then().statusCode(422)
                .body("violations[0].field", equalTo("scores")).body("violations[0].rule", containsString("6 scores"));
        as(expert(members.get(0))).body("{\"scores\":[{\"bidId\":\"%s\",\"criterion\":\"价格\",\"score\":30}]}"
                .formatted(bids.get(0))).put(evaluation() + "/score-sheets/mine").then().statusCode(422)
                .body("violations[0].field", equalTo("scores[0].criterion"));
        as(expert(members.get(0))).body("{\"scores\":[{\"bidId\":\"%s\",\"criterion\":\"服务方案\",\"score\":30.123}]}"
                .formatted(bids.get(0))).put(evaluation() + "/score-sheets/mine").then().statusCode(400);
        assertThat(Sql.count(db, "SELECT count(*) FROM score_sheet WHERE tender_id = '" + tender + "'")).isZero();
    }

    @Test
    void underTheLowestQualifiedPriceNothingIsScoredAndTheCheapestQualifiedBidIsRecommended() {
        aFormedCommitteeOnAnOpenedTender("{\"method\":\"LOWEST_PRICE\",\"criteria\":[]}");
        as(expert(members.get(0))).body(sheet(30, 20, 30, 20, 30, 20)).put(evaluation() + "/score-sheets/mine").then()
                .statusCode(409);
        as(expert(members.get(3))).body("{\"report\":\"最低评标价法\"}").post(evaluation() + "/closing").then()
                .statusCode(200).body("result.ranking.bidId", contains(bids.get(1), bids.get(2), bids.get(0)))
                .body("result.recommendedBidId", equalTo(bids.get(1)));
    }

    @Test
    void withACreditCriterionEachBidScoresItsBiddersCreditLevel() {
        aFormedCommitteeOnAnOpenedTender("""
                {"method":"COMPREHENSIVE_SCORING","priceWeight":30,"creditWeight":10,
                 "criteria":[{"name":"服务方案","maxScore":40,"weight":40},{"name":"人员配备","maxScore":30,"weight":20}]}""");
        for (String member : members) {
            as(token(member)).body(sheet(40, 30, 30, 15, 20, 15)).put(evaluation() + "/score-sheets/mine").then()
                    .statusCode(200);
        }
        // every bidder of the fixture holds credit level A (factor 1): 10 points each
        // A: 40 + 20 + 24 + 10 = 94; B: 30 + 10 + 30 + 10 = 80; C: 20 + 10 + 26.67 + 10 = 66.67
        as(expert(members.get(0))).body("{\"report\":\"含信用评分\"}").post(evaluation() + "/closing").then()
                .statusCode(200)
                .body("result.ranking.creditScore", contains(10.0f, 10.0f, 10.0f))
                .body("result.ranking.totalScore", contains(94.0f, 80.0f, 66.67f))
                .body("result.ranking.technicalScore", contains(60.0f, 40.0f, 30.0f));
    }
}
