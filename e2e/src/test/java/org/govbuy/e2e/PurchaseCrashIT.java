package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import org.govbuy.testsupport.ChangeFeedPoller;

/**
 * A purchase from the sealed bids to a contract in force and planned for evaluation, with the
 * service that performs each step killed (-9) right after it answered, and restarted: every
 * accepted step is there afterwards, its event was published once, and the service downstream
 * applied it once — the bids and their opening, the award's publicity, the challenge's answer, the
 * contract drafted from the final award, its signatures, and its filing, which evaluation-service
 * plans from.
 */
@ExtendWith(WholeSuiteExtension.class)
class PurchaseCrashIT {

    private static final long LOT_BUDGET = 540_000;
    private static final String TENDER_FEED = "/api/v1/public/tenders/changes";
    private static final String CONTRACT_FEED = "/api/v1/public/contracts/changes";
    private static final String EVENTS_OF = "SELECT count(*) FROM outbox_event WHERE event_type = ? AND aggregate_id = ?";

    @Test
    void eachServiceKilledRightAfterAStepFromTheBidsToTheContractLosesNothingAndDoesNothingTwice(WholeSuite suite) {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "崩溃中标");
        String plan = Purchase.approvedPlan(suite, LOT_BUDGET);
        List<String> bearers = List.copyOf(SupplierAccounts.bearers(suite, suppliers).values());
        // room for a restart before the deadline; the opening is the durable job's, after it
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(45);
        String tender = Purchase.announcedOpenTender(suite, plan, LOT_BUDGET, deadline, deadline.plusSeconds(1));

        // sealed bids accepted (投标): each is opened, once, at the deadline
        List<String> bids = Purchase.sealedBids(tender, bearers, "崩溃中标方案");
        crashAndRestart(suite, "tender");
        assertThat(Instant.now()).as("restarted before the deadline").isBefore(deadline);
        assertThat(Purchase.openedBids(tender, Duration.ofSeconds(150))).containsExactlyInAnyOrderElementsOf(bids);
        assertThat(suite.count("tender", EVENTS_OF, "govbuy.tender.bids.opened.v1", tender)).as("one opening record")
                .isEqualTo(1);
        Map<String, String> members = Purchase.committeeFormed(suite, tender);
        Purchase.scoreSheetsIn(tender, members, bids);

        // the committee closes its scoring: the recommendation is published (中标公示)
        Purchase.closeScoring(tender, members).then().statusCode(200);
        crashAndRestart(suite, "tender");
        given().get("/api/v1/public/tenders/" + tender + "/awards").then().statusCode(200)
                .body("lots[0].awards[0].status", equalTo("PUBLICISED")).body("lots[0].ranking[0].bidId", equalTo(bids.get(0)));
        assertThat(suite.count("tender", EVENTS_OF, "govbuy.tender.award.recommended.v1", tender)).isEqualTo(1);

        // a losing bidder's challenge (质疑) is answered by the purchaser
        String buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        String challenge = given().header("Authorization", bearers.get(2)).contentType(ContentType.JSON)
                .body("{\"grounds\":\"服务方案评分畸高\",\"evidence\":\"评分细则第2条\"}")
                .post("/api/v1/tenders/" + tender + "/lots/1/challenges").then().statusCode(201).extract().path("challengeId");
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .body("{\"upheld\":false,\"answer\":\"经复核,评分符合评分细则\"}")
                .post("/api/v1/tenders/" + tender + "/challenges/" + challenge + "/answer").then().statusCode(200);
        crashAndRestart(suite, "tender");
        given().get("/api/v1/public/tenders/" + tender + "/awards").then()
                .body("lots[0].challenges[0].answer", equalTo("经复核,评分符合评分细则"));
        assertThat(suite.count("tender", EVENTS_OF, "govbuy.tender.challenge.answered.v1", tender)).isEqualTo(1);

        // the award becomes final once the challenge period has ended; contract-service, frozen while
        // the final award is published, is killed before it could answer for it and restarted
        suite.signal("contract", "STOP");
        try {
            awardBecomesFinal(suite, tender);
        } finally {
            suite.signal("contract", "KILL");
        }
        suite.startService("contract", 1);
        String contract = drafted(suite, tender, buyer);
        String finalized = suite.queryText("tender", "SELECT id::text FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                "govbuy.tender.award.finalized.v1", tender);
        assertThat(suite.count("contract", "SELECT count(*) FROM inbox_event WHERE event_id = ?", finalized)).isEqualTo(1);

        // the purchaser completes the draft, both parties sign (签订)
        given().header("Authorization", buyer).contentType(ContentType.JSON).body("""
                {"fundingShares":[{"level":"COUNTY","weight":1}],
                 "deliverables":[{"name":"上门服务","target":600,"unit":"人·月","per":"TERM"}],
                 "installments":[{"trigger":"ON_SIGNING","share":30},{"trigger":"MID_TERM_EVALUATION","share":40},
                                 {"trigger":"FINAL_EVALUATION","share":30}]}""")
                .put("/api/v1/contracts/" + contract + "/draft").then().statusCode(200);
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/signatures").then().statusCode(200);
        String winner = Keycloak.bearerFor(suite, suppliers.get(0).username());
        given().header("Authorization", winner).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED"));
        crashAndRestart(suite, "contract");
        given().header("Authorization", buyer).get("/api/v1/contracts/" + contract).then().body("status", equalTo("SIGNED"));
        assertThat(suite.count("contract", EVENTS_OF, "govbuy.contract.contract.signed.v1", contract)).isEqualTo(1);

        // filed with finance (备案) and confirmed: the contract is in force, evaluation-service plans it
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/filing").then().statusCode(200);
        given().header("Authorization", Keycloak.bearerFor(suite, "finance.haidian")).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/filing/confirmation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        crashAndRestart(suite, "contract");
        given().get("/api/v1/public/contracts/" + contract).then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(suite.count("contract", EVENTS_OF, "govbuy.contract.contract.filed.v1", contract)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> given()
                .header("Authorization", buyer).get("/api/v1/evaluations?contractId=" + contract).then().statusCode(200)
                .extract().<Integer>path("total") == 2);
        String filed = suite.queryText("contract", "SELECT id::text FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                "govbuy.contract.contract.filed.v1", contract);
        assertThat(suite.count("evaluation", "SELECT count(*) FROM inbox_event WHERE event_id = ?", filed)).isEqualTo(1);

        // each step disclosed once on the public feeds, whatever the crashes (a relay that dies before it
        // marks a sent event may send it again; the feed, like every consumer, keeps one)
        ChangeFeedPoller.entry(CONTRACT_FEED, "govbuy.contract.contract.filed.v1", contract, Duration.ofSeconds(30));
        assertThat(typesOnFeed(TENDER_FEED, tender)).containsOnlyOnce("govbuy.tender.award.recommended.v1",
                "govbuy.tender.challenge.answered.v1", "govbuy.tender.award.finalized.v1");
        assertThat(typesOnFeed(CONTRACT_FEED, contract)).containsExactly("govbuy.contract.contract.filed.v1");
    }

    private static List<Object> typesOnFeed(String feed, String subject) {
        return ChangeFeedPoller.readAll(feed, null).stream().filter(entry -> subject.equals(entry.get("subject")))
                .map(entry -> entry.get("type")).toList();
    }

    /** kill -9 right after the answer, then a restart, as a node failure and its supervisor would. */
    private static void crashAndRestart(WholeSuite suite, String service) {
        suite.signal(service, "KILL");
        suite.startService(service, 1);
    }

    /**
     * An operator moves tender-service's clock just past the end of the challenge period (质疑期),
     * whose working days would take a week and more; the award is final, then the clock goes back.
     */
    private static void awardBecomesFinal(WholeSuite suite, String tender) {
        String closes = given().get("/api/v1/public/tenders/" + tender + "/awards").then().statusCode(200).extract()
                .path("lots[0].awards[0].challengesCloseAt");
        String operator = Keycloak.bearerFor(suite, "ops.local");
        String clock = suite.serviceUrl(8082) + "/api/v1/operations/clock";
        given().header("Authorization", operator).contentType(ContentType.JSON)
                .body("{\"travelTo\":\"" + Instant.parse(closes).plusSeconds(5) + "\"}").put(clock).then().statusCode(200);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "FINAL".equals(
                    given().get("/api/v1/public/tenders/" + tender + "/awards").then().extract().path("lots[0].awards[0].status")));
        } finally {
            given().header("Authorization", operator).delete(clock).then().statusCode(200);
        }
    }

    /** The one contract contract-service drafted from the tender's final award; its id. */
    private static String drafted(WholeSuite suite, String tender, String buyer) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> !contractsOf(tender, buyer).isEmpty());
        List<String> contracts = contractsOf(tender, buyer);
        assertThat(contracts).as("contracts drafted from " + tender).hasSize(1);
        return contracts.get(0);
    }

    private static List<String> contractsOf(String tender, String buyer) {
        return given().header("Authorization", buyer).get("/api/v1/contracts?size=200").then().statusCode(200).extract()
                .path("items.findAll { it.tenderId == '" + tender + "' }.id");
    }
}
