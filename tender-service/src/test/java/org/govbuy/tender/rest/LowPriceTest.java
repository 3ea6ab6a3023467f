package org.govbuy.tender.rest;

import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.expert;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.FormedCommittee;
import org.govbuy.tender.TestClock;

/**
 * An abnormally low price (明显低于其他报价): B's 250 000 is below 80% of the mean qualified price
 * (400 000 × 0.8 = 320 000); its bidder justifies it within 24 hours or the bid is disqualified.
 */
@QuarkusTest
class LowPriceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    private FormedCommittee t;
    private String member;

    @BeforeEach
    void aLotWithALowBid() {
        t = new FormedCommittee(bootstrap, db, clock, jobs, null, "", List.of("500000", "250000", "450000"));
        member = t.members.get(0);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String bidPath(int bid) {
        return t.evaluation() + "/bids/" + t.bids.get(bid);
    }

    private String mine() {
        return "/api/v1/tenders/" + t.tender + "/lots/1/bids/mine/price-justification";
    }

    @Test
    void aJustifiedLowPriceIsAcceptedAndOnlyThenDoesScoringBegin() {
        as(expert(member)).post(bidPath(0) + "/price-justification-request").then().statusCode(409)
                .body("detail", containsString("320000.00"));
        as(expert(member)).post(bidPath(1) + "/price-justification-request").then().statusCode(200)
                .body("bids[1].priceJustification.threshold", equalTo(320000.0f));
        as(expert(member)).post(bidPath(1) + "/price-justification-request").then().statusCode(409);
        // the review is not over: neither scoring nor closing
        as(expert(member)).body(t.sheet(30, 20, 30, 20, 30, 20)).put(t.evaluation() + "/score-sheets/mine").then()
                .statusCode(409).body("detail", containsString("awaits its justification"));
        as(expert(member)).body("{\"report\":\"过早\"}").post(t.evaluation() + "/closing").then().statusCode(409);
        // nothing to reject yet: the bidder has until the due time
        as(expert(member)).body("{\"accepted\":false,\"reason\":\"未说明\"}")
                .post(bidPath(1) + "/price-justification/decision").then().statusCode(409);

        as(supplier(t.bidders.get(0))).get(mine()).then().statusCode(404);
        as(supplier(t.bidders.get(1))).get(mine()).then().statusCode(200).body("justification", org.hamcrest.Matchers.nullValue());
        as(supplier(t.bidders.get(1))).body("{\"justification\":\"本机构自有场地,志愿者参与,成本测算附后\"}").post(mine())
                .then().statusCode(200).body("justification", startsWith("本机构自有场地"));
        as(supplier(t.bidders.get(1))).body("{\"justification\":\"再说一次\"}").post(mine()).then().statusCode(409);

        as(expert(member)).body("{\"accepted\":true,\"reason\":\"成本说明合理\"}")
                .post(bidPath(1) + "/price-justification/decision").then().statusCode(200)
                .body("bids[1].qualified", equalTo(true)).body("bids[1].priceJustification.accepted", equalTo(true));
        as(expert(member)).body(t.sheet(30, 20, 30, 20, 30, 20)).put(t.evaluation() + "/score-sheets/mine").then()
                .statusCode(200);
    }

    @Test
    void aLowPriceNotJustifiedInTimeDisqualifiesTheBid() {
        as(expert(member)).post(bidPath(1) + "/price-justification-request").then().statusCode(200);
        clock.travel(Duration.ofHours(25));
        as(supplier(t.bidders.get(1))).body("{\"justification\":\"迟到的说明\"}").post(mine()).then().statusCode(409)
                .body("detail", containsString("was due by"));
        as(expert(member)).body("{\"accepted\":true,\"reason\":\"想接受\"}")
                .post(bidPath(1) + "/price-justification/decision").then().statusCode(422);
        as(expert(member)).body("{\"accepted\":false,\"reason\":\"逾期未作书面说明\"}")
                .post(bidPath(1) + "/price-justification/decision").then().statusCode(200)
                .body("bids[1].qualified", equalTo(false))
                .body("bids[1].disqualification", containsString("abnormally low price not justified"));
    }
}
