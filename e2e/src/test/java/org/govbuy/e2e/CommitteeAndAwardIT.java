package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

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

        String buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        Map<String, String> members = Purchase.committeeFormed(suite, tender);
        assertThat(members).hasSize(5).containsKey("buyer.haidian");
        given().header("Authorization", buyer).get("/api/v1/tenders/" + tender + "/committee").then()
                .body("status", equalTo("FORMED"));
        Purchase.scoreSheetsIn(tender, members, bids);
        Purchase.closeScoring(tender, members).then().statusCode(200)
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
}
