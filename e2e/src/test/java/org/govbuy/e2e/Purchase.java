package org.govbuy.e2e;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.restassured.http.ContentType;

/**
 * The purchaser's side of a purchase through the gateway, step by step as a portal drives it:
 * Haidian's guidance catalogue for next year (published once per suite), a purchase plan for
 * 居家养老服务 (A07.02) approved by finance, and an open tender for it announced.
 */
final class Purchase {

    static final String REGION = "110108";
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

    private Purchase() {
    }

    /** Haidian's catalogue for {@link #YEAR}, published if no one has yet, and known to tender-service. */
    static synchronized void catalogueIsPublished(WholeSuite suite) {
        List<String> existing = given().get("/api/v1/public/catalogues?region=" + REGION + "&year=" + YEAR)
                .then().statusCode(200).extract().path("id");
        if (existing.isEmpty()) {
            catalogueApproved(suite, YEAR);
        }
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> purchasable(suite, YEAR));
    }

    /**
     * Haidian's catalogue for {@code year}, drafted with the pilot entries by catalog.admin, submitted,
     * and approved (so published) by finance.haidian; its id.
     */
    static String catalogueApproved(WholeSuite suite, int year) {
        String admin = Keycloak.bearerFor(suite, "catalog.admin");
        String catalogue = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"region\":\"%s\",\"fiscalYear\":%d,\"title\":\"海淀区政府购买服务指导性目录（%d）\"}"
                        .formatted(REGION, year, year))
                .post("/api/v1/catalogues").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(suite.root.resolve("catalog-service/src/main/resources/seed/pilot-catalogue.json").toFile())
                .put("/api/v1/catalogues/" + catalogue + "/entries").then().statusCode(200);
        given().header("Authorization", admin).post("/api/v1/catalogues/" + catalogue + "/submission")
                .then().statusCode(200);
        given().header("Authorization", Keycloak.bearerFor(suite, "finance.haidian"))
                .post("/api/v1/catalogues/" + catalogue + "/approval").then().statusCode(200);
        return catalogue;
    }

    /** Whether tender-service's catalogue projection lets Haidian buy 居家养老服务 (A07.02) in {@code year}. */
    static boolean purchasable(WholeSuite suite, int year) {
        return given().header("Authorization", Keycloak.bearerFor(suite, "buyer.haidian"))
                .get("/api/v1/tenders/catalogue-check?region=" + REGION + "&year=" + year + "&code=A07.02")
                .then().statusCode(200).extract().<Boolean>path("purchasable");
    }

    /** A plan drafted by buyer.haidian, submitted, and approved by finance.haidian; its id. */
    static String approvedPlan(WholeSuite suite, long budget) {
        String buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        long quantity = budget / 900;
        String plan = given().header("Authorization", buyer).contentType(ContentType.JSON).body("""
                {"fiscalYear":%d,"subItemCode":"A07.02","content":"为辖区失能、独居老人提供居家养老上门服务",
                 "quantity":%d,"unit":"人·月","budget":%d,"priceBasis":"目录参考价700–1100元/人·月,按900元测算",
                 "feasibility":"辖区内有多家具备资质的养老服务社会组织","goals":"覆盖辖区老人全年服务",
                 "performanceStandards":"服务满意度不低于90%%","proposedMethod":"OPEN_TENDER"}"""
                .formatted(YEAR, quantity, quantity * 900))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().header("Authorization", buyer).contentType(ContentType.JSON).post("/api/v1/plans/" + plan + "/submission").then().statusCode(200);
        given().header("Authorization", Keycloak.bearerFor(suite, "finance.haidian")).contentType(ContentType.JSON)
                .post("/api/v1/plans/" + plan + "/approval").then().statusCode(200);
        return plan;
    }

    /** An open tender of one lot for the whole plan, announced by buyer.haidian; its id. */
    static String announcedOpenTender(WholeSuite suite, String plan, long lotBudget, Instant bidDeadline,
            Instant openingAt) {
        return announcedOpenTender(suite, plan, 1, lotBudget, bidDeadline, openingAt);
    }

    /** An open tender of {@code lotCount} lots of {@code lotBudget} each, announced by buyer.haidian; its id. */
    static String announcedOpenTender(WholeSuite suite, String plan, int lotCount, long lotBudget, Instant bidDeadline,
            Instant openingAt) {
        String buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        String lots = lotCount == 1 ? "{\"title\":\"全区\",\"budget\":%d}".formatted(lotBudget)
                : java.util.stream.IntStream.rangeClosed(1, lotCount)
                        .mapToObj(n -> "{\"title\":\"第%d街道\",\"budget\":%d}".formatted(n, lotBudget))
                        .collect(java.util.stream.Collectors.joining(","));
        String tender = given().header("Authorization", buyer).contentType(ContentType.JSON).body("""
                {"planId":"%s","method":"OPEN_TENDER","lots":[%s],
                 "terms":{"title":"海淀区%d年居家养老上门服务","content":"助餐、助洁、助浴、助医上门服务","quantity":%d,
                   "unit":"人·月","serviceStartsOn":"%d-01-01","serviceEndsOn":"%d-12-31",
                   "admittedTypes":["SOCIAL_GROUP","SOCIAL_SERVICE_ORGANISATION","FOUNDATION"],
                   "evaluation":{"method":"COMPREHENSIVE_SCORING","priceWeight":30,
                     "criteria":[{"name":"服务方案","maxScore":40,"weight":40},{"name":"人员与经验","maxScore":30,"weight":30}]},
                   "paymentTerms":"按季度支付,末期款与绩效评估结果挂钩","performanceStandards":"满意度不低于90%%",
                   "bidDeadline":"%s","openingAt":"%s","consortiumAllowed":false}}"""
                .formatted(plan, lots, YEAR, lotCount * lotBudget / 900, YEAR, YEAR, bidDeadline, openingAt))
                .post("/api/v1/tenders").then().statusCode(201).extract().path("announcement.tenderId");
        given().header("Authorization", buyer).contentType(ContentType.JSON).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200);
        return tender;
    }

    /** A sealed bid's request body. */
    static String bid(long price, String proposal) {
        return """
                {"price":%d,"proposal":"%s","declarations":["近三年内无重大违法记录","不转包"]}""".formatted(price, proposal);
    }

    /** One sealed bid on lot 1 per bearer, the first at 520000 and each next one 10000 lower; their ids. */
    static List<String> sealedBids(String tender, java.util.Collection<String> bearers, String proposal) {
        List<String> bids = new java.util.ArrayList<>();
        for (String bearer : bearers) {
            bids.add(given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(bid(520_000 - 10_000L * bids.size(), proposal)).post("/api/v1/tenders/" + tender + "/lots/1/bids")
                    .then().statusCode(201).extract().path("bidId"));
        }
        return bids;
    }

    /** Waits until the tender is opened, at most {@code limit}; the ids of the bids its opening record lists. */
    static List<String> openedBids(String tender, java.time.Duration limit) {
        Awaitility.await().atMost(limit).pollInterval(java.time.Duration.ofMillis(250)).until(() ->
                "OPENED".equals(given().get("/api/v1/public/tenders/" + tender).then().extract().path("announcement.status")));
        return given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).extract()
                .path("opening.lots[0].bids.bidId");
    }

    /**
     * Four experts of Haidian's pool (each a Keycloak login that finance registers under that name),
     * the committee drawn by buyer.haidian with itself as the purchaser's representative, and every
     * member's declaration of no conflict; each member's bearer by username. The pool may hold other
     * experts too (the demo's): the draw decides who sits.
     */
    static Map<String, String> committeeFormed(WholeSuite suite, String tender) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Map<String, String>> experts = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            experts.put("expert-" + suffix + "-" + i, Map.of("region", REGION));
        }
        Keycloak.createUsers(suite, "expert", experts);
        String finance = Keycloak.bearerFor(suite, "finance.haidian");
        int i = 0;
        for (String username : experts.keySet()) {
            given().header("Authorization", finance).contentType(ContentType.JSON).body("""
                    {"username":"%s","name":"评审专家%d","specialties":["A07"],"affiliations":[]}""".formatted(username, i++))
                    .post("/api/v1/experts").then().statusCode(201);
        }
        String buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        List<String> drawn = given().header("Authorization", buyer).contentType(ContentType.JSON).body("""
                {"purchaserRepresentatives":[{"username":"buyer.haidian","name":"采购人代表"}]}""")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(201).extract().path("members.username");
        // the members act as themselves: the token's preferred_username names them
        Map<String, String> members = new LinkedHashMap<>();
        drawn.forEach(username -> members.put(username,
                username.equals("buyer.haidian") ? buyer : Keycloak.bearerFor(suite, username)));
        for (String token : members.values()) {
            given().header("Authorization", token).contentType(ContentType.JSON).body("{\"conflict\":false}")
                    .post("/api/v1/tenders/" + tender + "/committee/declaration").then().statusCode(200);
        }
        return members;
    }

    /** Every member's score sheet on lot 1, the same from each: the first of the bids scores highest on both criteria. */
    static void scoreSheetsIn(String tender, Map<String, String> members, List<String> bids) {
        List<String> scores = new java.util.ArrayList<>();
        int[][] points = { { 38, 28 }, { 30, 22 }, { 25, 18 } };
        for (int b = 0; b < bids.size(); b++) {
            scores.add("{\"bidId\":\"%s\",\"criterion\":\"服务方案\",\"score\":%d}".formatted(bids.get(b), points[b][0]));
            scores.add("{\"bidId\":\"%s\",\"criterion\":\"人员与经验\",\"score\":%d}".formatted(bids.get(b), points[b][1]));
        }
        String sheet = "{\"scores\":[" + String.join(",", scores) + "]}";
        for (String token : members.values()) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(sheet)
                    .put("/api/v1/tenders/" + tender + "/lots/1/evaluation/score-sheets/mine").then().statusCode(200);
        }
    }

    /** A member closes lot 1's scoring with the committee's report; the answer. */
    static io.restassured.response.Response closeScoring(String tender, Map<String, String> members) {
        return given().header("Authorization", members.values().iterator().next()).contentType(ContentType.JSON)
                .body("{\"report\":\"评标委员会推荐排名第一的投标人\"}")
                .post("/api/v1/tenders/" + tender + "/lots/1/evaluation/closing");
    }
}
