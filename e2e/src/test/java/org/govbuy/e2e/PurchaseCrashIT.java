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
import io.restassured.path.json.JsonPath;

import org.govbuy.testsupport.ChangeFeedPoller;

/**
 * A purchase from the catalogue to the mid-term evaluation's result, with the service that
 * performs each step killed (-9) right after it answered, and restarted: every accepted step is
 * there afterwards, its event was published once, and each service downstream applied it once —
 * the catalogue's publication, the plan's approval, the announcement, the bids and their opening,
 * the award's publicity, the challenge's answer, the contract drafted from the final award, its
 * signatures, its filing (which evaluation-service plans from), the first payment, and the
 * accepted result (which releases an installment in contract-service and is a credit record in
 * credit-service). At the end, the public feeds hold each disclosure once, and a district system
 * replaying every topic sees the contract and the result as the public APIs show them.
 */
@ExtendWith(WholeSuiteExtension.class)
class PurchaseCrashIT {

    private static final long LOT_BUDGET = 540_000;
    private static final String TENDER_FEED = DistrictSystem.feedOf("tender.events");
    private static final String CONTRACT_FEED = DistrictSystem.feedOf("contract.events");

    private WholeSuite suite;
    /** buyer.haidian's bearer: the purchaser of every step. */
    private String buyer;
    private SupplierAccounts.Account winner;
    private String tender;
    /** The sealed bids, the first of which the committee recommends. */
    private List<String> bids;
    /** The bearer of the lowest-ranked bidder, who challenges the award. */
    private String challenger;
    private String contract;
    private String midTerm;

    @Test
    void eachServiceKilledRightAfterAStepFromTheCatalogueToTheEvaluationResultLosesNothingAndDoesNothingTwice(WholeSuite suite) {
        this.suite = suite;
        this.buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        nextYearsCatalogueIsPublishedOnceThoughCatalogServiceCrashes();
        planTenderAndBidsSurviveTenderServiceCrashes();
        awardIsPublishedChallengedAndFinalThoughTenderAndContractServiceCrashes();
        contractIsSignedAndFiledThoughContractServiceCrashes();
        firstInstallmentIsPaidOnceThoughContractServiceCrashes();
        midTermResultReachesContractAndCreditOnceThoughEvaluationServiceCrashes();
        eachDisclosureIsPublicOnceAndReplaysAsTheApisShowIt();
    }

    private void nextYearsCatalogueIsPublishedOnceThoughCatalogServiceCrashes() {
        // a guidance catalogue (指导性目录) approved, so published: catalog-service dies right after answering;
        // tender-service learns of it once (the purchase below buys from this year's, published alike)
        Purchase.catalogueIsPublished(suite);
        int yearAfter = Purchase.YEAR + 1;
        assertThat(Purchase.purchasable(suite, yearAfter)).isFalse();
        String catalogue = Purchase.catalogueApproved(suite, yearAfter);
        crashAndRestart(suite, "catalog");
        given().get("/api/v1/public/catalogues?region=" + Purchase.REGION + "&year=" + yearAfter).then().statusCode(200)
                .body("id", equalTo(List.of(catalogue)));
        String cataloguePublished = suite.eventOf("catalog", "govbuy.catalog.version.published.v1", catalogue);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Purchase.purchasable(suite, yearAfter));
        assertThat(suite.appliedBy("tender", cataloguePublished)).isEqualTo(1);
    }

    private void planTenderAndBidsSurviveTenderServiceCrashes() {
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "崩溃中标");
        winner = suppliers.get(0);
        // the plan approved by finance (采购计划): tender-service dies right after answering
        String plan = Purchase.approvedPlan(suite, LOT_BUDGET);
        crashAndRestart(suite, "tender");
        given().header("Authorization", buyer).get("/api/v1/plans/" + plan).then()
                .statusCode(200).body("status", equalTo("APPROVED"));
        suite.eventOf("tender", "govbuy.tender.plan.approved.v1", plan);
        List<String> bearers = List.copyOf(SupplierAccounts.bearers(suite, suppliers).values());
        // room for two restarts before the deadline; the opening is the durable job's, after it
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(60);

        // the tender announced (招标公告): tender-service dies right after answering
        tender = Purchase.announcedOpenTender(suite, plan, LOT_BUDGET, deadline, deadline.plusSeconds(1));
        crashAndRestart(suite, "tender");
        given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).body("announcement.status", equalTo("ANNOUNCED"));
        suite.eventOf("tender", "govbuy.tender.tender.announced.v1", tender);

        // sealed bids accepted (投标): each is opened, once, at the deadline
        bids = Purchase.sealedBids(tender, bearers, "崩溃中标方案");
        challenger = bearers.get(2);
        crashAndRestart(suite, "tender");
        assertThat(Instant.now()).as("restarted before the deadline").isBefore(deadline);
        assertThat(Purchase.openedBids(tender, Duration.ofSeconds(150))).containsExactlyInAnyOrderElementsOf(bids);
        suite.eventOf("tender", "govbuy.tender.bids.opened.v1", tender);
    }

    private void awardIsPublishedChallengedAndFinalThoughTenderAndContractServiceCrashes() {
        Map<String, String> members = Purchase.committeeFormed(suite, tender);
        Purchase.scoreSheetsIn(tender, members, bids);

        // the committee closes its scoring: the recommendation is published (中标公示)
        Purchase.closeScoring(tender, members).then().statusCode(200);
        crashAndRestart(suite, "tender");
        given().get("/api/v1/public/tenders/" + tender + "/awards").then().statusCode(200)
                .body("lots[0].awards[0].status", equalTo("PUBLICISED")).body("lots[0].ranking[0].bidId", equalTo(bids.get(0)));
        suite.eventOf("tender", "govbuy.tender.award.recommended.v1", tender);

        // a losing bidder's challenge (质疑) is answered by the purchaser
        String challenge = given().header("Authorization", challenger).contentType(ContentType.JSON)
                .body("{\"grounds\":\"服务方案评分畸高\",\"evidence\":\"评分细则第2条\"}")
                .post("/api/v1/tenders/" + tender + "/lots/1/challenges").then().statusCode(201).extract().path("challengeId");
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .body("{\"upheld\":false,\"answer\":\"经复核,评分符合评分细则\"}")
                .post("/api/v1/tenders/" + tender + "/challenges/" + challenge + "/answer").then().statusCode(200);
        crashAndRestart(suite, "tender");
        given().get("/api/v1/public/tenders/" + tender + "/awards").then()
                .body("lots[0].challenges[0].answer", equalTo("经复核,评分符合评分细则"));
        suite.eventOf("tender", "govbuy.tender.challenge.answered.v1", tender);

        // the award becomes final once the challenge period has ended; contract-service, frozen while
        // the final award is published, is killed before it could answer for it and restarted
        suite.signal("contract", "STOP");
        try {
            awardBecomesFinal(suite, tender);
        } finally {
            suite.signal("contract", "KILL");
        }
        suite.startService("contract", 1);
        contract = drafted(suite, tender, buyer);
        assertThat(suite.appliedBy("contract", suite.eventOf("tender", "govbuy.tender.award.finalized.v1", tender)))
                .isEqualTo(1);
    }

    private void contractIsSignedAndFiledThoughContractServiceCrashes() {
        // the purchaser completes the draft, both parties sign (签订)
        given().header("Authorization", buyer).contentType(ContentType.JSON).body("""
                {"fundingShares":[{"level":"COUNTY","weight":1}],
                 "deliverables":[{"name":"上门服务","target":600,"unit":"人·月","per":"TERM"}],
                 "installments":[{"trigger":"ON_SIGNING","share":30},{"trigger":"MID_TERM_EVALUATION","share":40},
                                 {"trigger":"FINAL_EVALUATION","share":30}]}""")
                .put("/api/v1/contracts/" + contract + "/draft").then().statusCode(200);
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/signatures").then().statusCode(200);
        given().header("Authorization", Keycloak.bearerFor(suite, winner.username())).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED"));
        crashAndRestart(suite, "contract");
        given().header("Authorization", buyer).get("/api/v1/contracts/" + contract).then().body("status", equalTo("SIGNED"));
        suite.eventOf("contract", "govbuy.contract.contract.signed.v1", contract);

        // filed with finance (备案) and confirmed: the contract is in force, evaluation-service plans it
        given().header("Authorization", buyer).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/filing").then().statusCode(200);
        given().header("Authorization", Keycloak.bearerFor(suite, "finance.haidian")).contentType(ContentType.JSON)
                .post("/api/v1/contracts/" + contract + "/filing/confirmation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        crashAndRestart(suite, "contract");
        given().get("/api/v1/public/contracts/" + contract).then().statusCode(200).body("status", equalTo("ACTIVE"));
        midTerm = MidTermEvaluation.of(contract, buyer);
        assertThat(suite.appliedBy("evaluation", suite.eventOf("contract", "govbuy.contract.contract.filed.v1", contract)))
                .as("planned from one filing").isEqualTo(1);
    }

    private void firstInstallmentIsPaidOnceThoughContractServiceCrashes() {
        // the installment payable on signing is requested, approved and paid (拨付): contract-service dies
        // right after finance records the payment
        String finance = Keycloak.bearerFor(suite, "finance.haidian");
        Number payable = given().header("Authorization", buyer).get("/api/v1/contracts/" + contract + "/payments").then()
                .statusCode(200).extract().path("installments[0].payable");
        String payment = given().header("Authorization", buyer).contentType(ContentType.JSON)
                .body("{\"installment\":1,\"amount\":" + payable + "}").post("/api/v1/contracts/" + contract + "/payments")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", finance).contentType(ContentType.JSON).body("{\"approved\":true}")
                .post("/api/v1/contracts/" + contract + "/payments/" + payment + "/decision").then().statusCode(200);
        given().header("Authorization", finance).contentType(ContentType.JSON)
                .body("{\"paidOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}")
                .post("/api/v1/contracts/" + contract + "/payments/" + payment + "/paid").then().statusCode(200)
                .body("status", equalTo("PAID"));
        crashAndRestart(suite, "contract");
        given().header("Authorization", buyer).get("/api/v1/contracts/" + contract + "/payments").then().statusCode(200)
                .body("payments.find { it.id == '" + payment + "' }.status", equalTo("PAID"));
        suite.eventOf("contract", "govbuy.contract.payment.paid.v1", contract);
    }

    private void midTermResultReachesContractAndCreditOnceThoughEvaluationServiceCrashes() {
        // the supplier reports half the term's service; the mid-term evaluation (中期评估) is scored, proposed
        // and accepted by the supplier, and evaluation-service dies right after the acceptance
        String supplier = Keycloak.bearerFor(suite, winner.username());
        given().header("Authorization", supplier).contentType(ContentType.JSON).body("""
                {"periodFrom":"%d-01-01","periodTo":"%d-06-30","narrative":"上半年服务进展",
                 "items":[{"deliverable":1,"quantity":300,"evidence":["服务记录-上半年.pdf"]}]}"""
                .formatted(Purchase.YEAR, Purchase.YEAR)).post("/api/v1/contracts/" + contract + "/progress-reports")
                .then().statusCode(201);
        MidTermEvaluation.agenciesArePooled(suite);
        MidTermEvaluation.clocksToMidTerm(suite);
        try {
            MidTermEvaluation.scoredAndProposed(suite, midTerm, buyer);
            given().header("Authorization", supplier).contentType(ContentType.JSON)
                    .post("/api/v1/evaluations/" + midTerm + "/acceptance").then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("grade", equalTo("EXCELLENT"));
            crashAndRestart(suite, "evaluation");
            given().get("/api/v1/public/evaluations/" + midTerm).then().statusCode(200).body("grade", equalTo("EXCELLENT"));
            String completed = suite.eventOf("evaluation", "govbuy.evaluation.evaluation.completed.v1", midTerm);

            // contract-service releases the installment the result triggers, once
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> given()
                    .header("Authorization", buyer).get("/api/v1/contracts/" + contract + "/payments").then().statusCode(200)
                    .extract().path("installments[1].releasedAt") != null);
            assertThat(suite.appliedBy("contract", completed)).isEqualTo(1);
            // credit-service records the excellent result, once: base 90 + 3, level A
            String registrar = Keycloak.bearerFor(suite, "civil.haidian");
            String records = "/api/v1/suppliers/" + winner.uscc() + "/credit-records?size=200";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> !given()
                    .header("Authorization", registrar).get(records).then().statusCode(200).extract()
                    .<List<Object>>path("items.findAll { it.kind == 'PERFORMANCE_EVALUATION' }").isEmpty());
            assertThat(given().header("Authorization", registrar).get(records).then().extract()
                    .<List<Boolean>>path("items.findAll { it.kind == 'PERFORMANCE_EVALUATION' }.positive")).containsExactly(true);
            assertThat(suite.appliedBy("credit", completed)).isEqualTo(1);
            JsonPath report = given().header("Authorization", registrar)
                    .get("/api/v1/suppliers/" + winner.uscc() + "/credit-report").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(report.getDouble("score.score")).isEqualTo(93.0);
            assertThat(report.getString("score.level")).isEqualTo("A");
        } finally {
            MidTermEvaluation.clocksBack(suite);
        }
    }

    private void eachDisclosureIsPublicOnceAndReplaysAsTheApisShowIt() {
        // each step disclosed once on the public feeds, whatever the crashes (a relay that dies before it
        // marks a sent event may send it again; the feed, like every consumer, keeps one)
        ChangeFeedPoller.entry(CONTRACT_FEED, "govbuy.contract.contract.filed.v1", contract, Duration.ofSeconds(30));
        assertThat(typesOnFeed(TENDER_FEED, tender)).containsOnlyOnce("govbuy.tender.award.recommended.v1",
                "govbuy.tender.challenge.answered.v1", "govbuy.tender.award.finalized.v1");
        assertThat(typesOnFeed(CONTRACT_FEED, contract)).containsExactly("govbuy.contract.contract.filed.v1");

        // and a district system replaying every topic from the start sees them as the public APIs do
        Map<String, List<DistrictSystem.Event>> picture = DistrictSystem.replay(suite, record -> true);
        JsonPath filed = new JsonPath(DistrictSystem.only(picture.get(contract), "govbuy.contract.contract.filed.v1").data());
        JsonPath published = given().get("/api/v1/public/contracts/" + contract).then().statusCode(200).extract().jsonPath();
        for (String field : List.of("title", "supplierName", "serviceStartsOn", "serviceEndsOn")) {
            assertThat(filed.getString(field)).as(field).isNotNull().isEqualTo(published.getString(field));
        }
        assertThat(filed.getDouble("amount")).isEqualTo(published.getDouble("amount"));
        JsonPath result = new JsonPath(DistrictSystem.only(picture.get(midTerm),
                "govbuy.evaluation.evaluation.completed.v1").data());
        JsonPath publicResult = given().get("/api/v1/public/evaluations/" + midTerm).then().statusCode(200).extract()
                .jsonPath();
        for (String field : List.of("grade", "type", "completedOn")) {
            assertThat(result.getString(field)).as(field).isNotNull().isEqualTo(publicResult.getString(field));
        }
        assertThat(result.getDouble("score")).isEqualTo(publicResult.getDouble("score"));
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
