package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * After the opening, through the gateway with real Keycloak tokens: finance registers experts, the
 * purchaser draws the committee, every member — experts and the purchaser's representative, known
 * by their login names — declares no conflict and scores, the committee closes, the recommendation
 * is published, a losing bidder challenges and the purchaser rejects the challenge.
 */
@ExtendWith(WholeSuiteExtension.class)
class CommitteeAndAwardIT {

    private static final long LOT_BUDGET = 540_000;

    @Test
    void theCommitteeIsDrawnScoresAndItsRecommendationIsPublishedAndChallenged(WholeSuite suite) {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "评标");
        String plan = Purchase.approvedPlan(suite, LOT_BUDGET);
        Map<SupplierAccounts.Account, String> bearers = SupplierAccounts.bearers(suite, suppliers);
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
        String tender = Purchase.announcedOpenTender(suite, plan, LOT_BUDGET, deadline, deadline.plusSeconds(1));
        List<String> bids = Purchase.sealedBids(tender, bearers.values(), "评标方案");
        assertThat(Purchase.openedBids(tender, Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(bids);

        // four experts of Haidian's pool, each a Keycloak login registered by finance under that name
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Map<String, String>> experts = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            experts.put("expert-" + suffix + "-" + i, Map.of("region", "110108"));
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
        JsonPath committee = given().header("Authorization", buyer).contentType(ContentType.JSON).body("""
                {"purchaserRepresentatives":[{"username":"buyer.haidian","name":"采购人代表"}]}""")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(201).extract().jsonPath();
        assertThat(committee.getList("members.kind")).hasSize(5);

        // the members act as themselves: the token's preferred_username names them (the pool may hold
        // other experts too, e.g. the demo's: the draw decides who sits)
        Map<String, String> members = new LinkedHashMap<>();
        committee.<String>getList("members.username").forEach(username -> members.put(username,
                username.equals("buyer.haidian") ? buyer : Keycloak.bearerFor(suite, username)));
        for (String token : members.values()) {
            given().header("Authorization", token).contentType(ContentType.JSON).body("{\"conflict\":false}")
                    .post("/api/v1/tenders/" + tender + "/committee/declaration").then().statusCode(200);
        }
        given().header("Authorization", buyer).get("/api/v1/tenders/" + tender + "/committee").then()
                .body("status", equalTo("FORMED"));
        String evaluation = "/api/v1/tenders/" + tender + "/lots/1/evaluation";
        String sheet = sheet(bids);
        for (String token : members.values()) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(sheet)
                    .put(evaluation + "/score-sheets/mine").then().statusCode(200);
        }
        given().header("Authorization", members.values().iterator().next()).contentType(ContentType.JSON)
                .body("{\"report\":\"评标委员会推荐排名第一的投标人\"}").post(evaluation + "/closing").then().statusCode(200)
                .body("result.outcome", equalTo("RECOMMENDED")).body("result.recommendedBidId", equalTo(bids.get(0)));

        JsonPath published = given().get("/api/v1/public/tenders/" + tender + "/awards").then().statusCode(200)
                .extract().jsonPath();
        assertThat(published.getList("committee")).hasSize(5).contains("采购人代表");
        assertThat(published.getString("lots[0].awards[0].status")).isEqualTo("PUBLICISED");
        assertThat(published.getString("lots[0].ranking[0].bidId")).isEqualTo(bids.get(0));

        String loser = bearers.get(suppliers.get(2));
        String challenge = given().header("Authorization", loser).contentType(ContentType.JSON)
                .body("{\"grounds\":\"服务方案评分畸高\",\"evidence\":\"评分细则第2条\"}")
                .post("/api/v1/tenders/" + tender + "/lots/1/challenges").then().statusCode(201).extract().path("challengeId");
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .body("{\"upheld\":false,\"answer\":\"经复核,评分符合评分细则\"}")
                .post("/api/v1/tenders/" + tender + "/challenges/" + challenge + "/answer").then().statusCode(200);
        given().get("/api/v1/public/tenders/" + tender + "/awards").then()
                .body("lots[0].challenges[0].answer", equalTo("经复核,评分符合评分细则"))
                .body("lots[0].challenges[0].upheld", equalTo(false))
                // final only when the publicity and challenge periods (working days) have ended
                .body("lots[0].awards[0].status", equalTo("PUBLICISED"));
    }

    /** The first bid scores highest on both criteria of Purchase's announcement. */
    private static String sheet(List<String> bids) {
        List<String> scores = new ArrayList<>();
        int[][] points = { { 38, 28 }, { 30, 22 }, { 25, 18 } };
        for (int b = 0; b < bids.size(); b++) {
            scores.add("{\"bidId\":\"%s\",\"criterion\":\"服务方案\",\"score\":%d}".formatted(bids.get(b), points[b][0]));
            scores.add("{\"bidId\":\"%s\",\"criterion\":\"人员与经验\",\"score\":%d}".formatted(bids.get(b), points[b][1]));
        }
        return "{\"scores\":[" + String.join(",", scores) + "]}";
    }
}
