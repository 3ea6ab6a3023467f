package org.govbuy.tender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.auditor;
import static org.govbuy.tender.TenderFixtures.bid;
import static org.govbuy.tender.TenderFixtures.expert;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.Sql;

/** The committee's review and scoring of an opened lot (评标), on the worked example of ScoringTest. */
@QuarkusTest
class BidEvaluationTest {

    private static final String PURCHASER_MEMBER = "buyer-ORG1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    private String region;
    private String tender;
    /** Bid ids in the order A (500 000), B (400 000), C (450 000). */
    private final List<String> bids = new ArrayList<>();
    private final List<String> bidders = new ArrayList<>();
    /** The committee's logins: four drawn experts, then the purchaser's representative. */
    private final List<String> members = new ArrayList<>();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** An opened tender with bids A, B and C, and a formed committee of four experts and the purchaser's representative. */
    private void aFormedCommitteeOnAnOpenedTender(String evaluation) {
        region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
        String plan = TenderFixtures.approvedPlan("ORG1", region, 2027, "600000");
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        Instant opening = deadline.plus(Duration.ofHours(1));
        String terms = TenderFixtures.terms(deadline, opening, "");
        if (evaluation != null) {
            terms = terms.substring(0, terms.indexOf("\"evaluation\"")) + "\"evaluation\":" + evaluation + ","
                    + terms.substring(terms.indexOf("\"paymentTerms\""));
        }
        tender = as(purchaser("ORG1", region)).body("""
                {"planId":"%s","method":"OPEN_TENDER","terms":%s,"lots":[{"title":"第一包","budget":500000}]}"""
                .formatted(plan, terms)).post("/api/v1/tenders").then().statusCode(201).extract().path("announcement.tenderId");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200);
        for (String price : List.of("500000", "400000", "450000")) {
            String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "投标人" + price);
            bids.add(as(supplier(uscc)).body(bid(price, "方案" + price)).post("/api/v1/tenders/" + tender + "/lots/1/bids")
                    .then().statusCode(201).extract().path("bidId"));
            bidders.add(uscc);
        }
        for (int i = 0; i < 4; i++) {
            TenderFixtures.registerExpert(region, "expert-" + region + "-" + i, "专家" + i, "A07", "[]");
        }
        clock.travelTo(opening.plusSeconds(1));
        jobs.runDue();
        JsonPath committee = as(purchaser("ORG1", region)).body("""
                {"purchaserRepresentatives":[{"username":"%s","name":"采购人代表王芳"}]}""".formatted(PURCHASER_MEMBER))
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(201).extract().jsonPath();
        for (String expertId : committee.<String>getList("drawOrder.expertId")) {
            members.add(Sql.text(db, "SELECT username FROM expert WHERE id = '" + expertId + "'"));
        }
        members.add(PURCHASER_MEMBER);
        for (String member : members) {
            as(token(member)).body("{\"conflict\":false}").post("/api/v1/tenders/" + tender + "/committee/declaration")
                    .then().statusCode(200);
        }
    }

    private String nameOf(String username) {
        return Sql.text(db, "SELECT name FROM expert WHERE username = '" + username + "'");
    }

    private String token(String member) {
        return member.equals(PURCHASER_MEMBER) ? purchaser("ORG1", region) : expert(member);
    }

    private String evaluation() {
        return "/api/v1/tenders/" + tender + "/lots/1/evaluation";
    }

    /** A sheet scoring A, B and C on 服务方案 and 人员配备. */
    private String sheet(int... scores) {
        List<String> entries = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            entries.add("{\"bidId\":\"%s\",\"criterion\":\"服务方案\",\"score\":%d}".formatted(bids.get(b), scores[2 * b]));
            entries.add("{\"bidId\":\"%s\",\"criterion\":\"人员配备\",\"score\":%d}".formatted(bids.get(b), scores[2 * b + 1]));
        }
        return "{\"scores\":[" + String.join(",", entries) + "]}";
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
}
