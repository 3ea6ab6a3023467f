package org.govbuy.tender;

import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.bid;
import static org.govbuy.tender.TenderFixtures.expert;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.restassured.path.json.JsonPath;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.testsupport.Sql;

/**
 * An opened tender of department ORG1 in a fresh district, with bids A (500 000), B (400 000) and
 * C (450 000) on its one lot, and a formed committee: four drawn experts and the purchaser's
 * representative (the purchaser's own login). Moves the test clock to the opening.
 */
public final class FormedCommittee {

    public static final String PURCHASER_MEMBER = "buyer-ORG1";

    public final String region;
    public final String tender;
    public final Instant opening;
    /** Bid ids in the order A, B, C. */
    public final List<String> bids = new ArrayList<>();
    public final List<String> bidders = new ArrayList<>();
    /** The committee's logins: four drawn experts, then the purchaser's representative. */
    public final List<String> members = new ArrayList<>();
    private final DataSource db;

    /** {@code evaluation}: the announcement's evaluation method as JSON, or null for comprehensive scoring; {@code extraTerms} e.g. ,"onAbandonment":"FAIL". */
    public FormedCommittee(String bootstrap, DataSource db, TestClock clock, JobRunner jobs, String evaluation,
            String extraTerms) {
        this(bootstrap, db, clock, jobs, evaluation, extraTerms, List.of("500000", "400000", "450000"));
    }

    /** With bids A, B and C at these prices. */
    public FormedCommittee(String bootstrap, DataSource db, TestClock clock, JobRunner jobs, String evaluation,
            String extraTerms, List<String> prices) {
        this.db = db;
        region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
        String plan = TenderFixtures.approvedPlan("ORG1", region, 2027, "600000");
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        opening = deadline.plus(Duration.ofHours(1));
        String terms = TenderFixtures.terms(deadline, opening, extraTerms);
        if (evaluation != null) {
            terms = terms.substring(0, terms.indexOf("\"evaluation\"")) + "\"evaluation\":" + evaluation + ","
                    + terms.substring(terms.indexOf("\"paymentTerms\""));
        }
        tender = as(purchaser("ORG1", region)).body("""
                {"planId":"%s","method":"OPEN_TENDER","terms":%s,"lots":[{"title":"第一包","budget":500000}]}"""
                .formatted(plan, terms)).post("/api/v1/tenders").then().statusCode(201).extract().path("announcement.tenderId");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200);
        for (String price : prices) {
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

    /** A member's token. */
    public String token(String member) {
        return member.equals(PURCHASER_MEMBER) ? purchaser("ORG1", region) : expert(member);
    }

    public String nameOf(String username) {
        return Sql.text(db, "SELECT name FROM expert WHERE username = '" + username + "'");
    }

    public String evaluation() {
        return "/api/v1/tenders/" + tender + "/lots/1/evaluation";
    }

    /** A sheet scoring A, B and C on 服务方案 and 人员配备. */
    public String sheet(int... scores) {
        List<String> entries = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            entries.add("{\"bidId\":\"%s\",\"criterion\":\"服务方案\",\"score\":%d}".formatted(bids.get(b), scores[2 * b]));
            entries.add("{\"bidId\":\"%s\",\"criterion\":\"人员配备\",\"score\":%d}".formatted(bids.get(b), scores[2 * b + 1]));
        }
        return "{\"scores\":[" + String.join(",", entries) + "]}";
    }

    /** Every member scores A above C above B, and a member closes: A is recommended. */
    public void scoresAndCloses() {
        for (String member : members) {
            as(token(member)).body(sheet(36, 26, 30, 20, 34, 24)).put(evaluation() + "/score-sheets/mine").then()
                    .statusCode(200);
        }
        as(token(members.get(0))).body("{\"report\":\"推荐排名第一的投标人\"}").post(evaluation() + "/closing").then()
                .statusCode(200);
    }
}
