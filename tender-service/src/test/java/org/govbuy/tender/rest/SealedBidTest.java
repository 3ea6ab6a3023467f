package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.bid;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.tender.domain.BidReceipt;
import org.govbuy.testsupport.Sql;

/** Sealed bids: nobody reads them before the opening; late, bad or ineligible bids are refused. */
@QuarkusTest
class SealedBidTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    private String region;
    private String tender;
    private Instant deadline;

    @BeforeEach
    void anAnnouncedTender() {
        region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
        String plan = TenderFixtures.approvedPlan("ORG1", region, 2027, "600000");
        deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        tender = TenderFixtures.draftTender("ORG1", region, plan, deadline, deadline.plus(Duration.ofHours(1)), "500000");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private long bids() {
        return Sql.count(db, "SELECT count(*) FROM bid WHERE tender_id = '" + tender + "'");
    }

    @Test
    void theStoredBytesOfABidContainNeitherItsPriceNorItsProposalAndItsReceiptIsSigned() {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "密封测试协会");
        String proposal = "独有方案:每周三次上门理发与足疗服务";
        JsonPath receipt = as(supplier(uscc)).body(bid("432100.55", proposal)).post("/api/v1/tenders/" + tender + "/lots/1/bids")
                .then().statusCode(201).extract().jsonPath();
        String row = Sql.text(db, "SELECT b::text FROM bid b WHERE tender_id = '" + tender + "'");
        String everythingStored = row + Sql.text(db, "SELECT coalesce(string_agg(payload::text, ''), '') FROM outbox_event");
        for (String secret : new String[] { "432100.55", "432100", proposal, "理发与足疗" }) {
            assertThat(everythingStored).doesNotContain(secret);
            assertThat(everythingStored).doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        }
        String publicKey = given().get("/api/v1/public/tenders/receipt-key").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519")).extract().path("publicKey");
        BidReceipt signed = new BidReceipt(UUID.fromString(receipt.getString("bidId")), UUID.fromString(tender), 1, uscc,
                receipt.getString("contentDigest"), Instant.parse(receipt.getString("receivedAt")), receipt.getString("keyId"),
                receipt.getString("signature"));
        assertThat(signed.verifiesWith(Base64.getDecoder().decode(publicKey))).isTrue();
        BidReceipt forged = new BidReceipt(signed.bidId(), signed.tenderId(), 1, uscc, "0".repeat(64), signed.receivedAt(),
                signed.keyId(), signed.signature());
        assertThat(forged.verifiesWith(Base64.getDecoder().decode(publicKey))).isFalse();
    }

    @Test
    void beforeTheOpeningNoRoleReadsABidAndThePublicSeesNeitherBiddersNorACount() {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "保密协会");
        String other = TenderFixtures.eligibleSupplier(bootstrap, db, "他人协会");
        as(supplier(uscc)).body(bid("300000", "方案甲")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201);
        as(supplier(uscc)).get("/api/v1/tenders/" + tender + "/lots/1/bids/mine").then().statusCode(200)
                .body("status", equalTo("SEALED")).body("openedPrice", org.hamcrest.Matchers.nullValue())
                .body(org.hamcrest.Matchers.not(containsString("方案甲")));
        as(supplier(other)).get("/api/v1/tenders/" + tender + "/lots/1/bids/mine").then().statusCode(404);
        for (String token : new String[] { purchaser("ORG1", region), TenderFixtures.finance(region),
                TenderFixtures.auditor(region) }) {
            as(token).get("/api/v1/tenders/" + tender + "/lots/1/bids/mine").then().statusCode(403);
        }
        String shown = given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).extract().asString()
                + as(purchaser("ORG1", region)).get("/api/v1/tenders/" + tender).then().statusCode(200).extract().asString();
        assertThat(shown).doesNotContain(uscc).doesNotContain("保密协会").doesNotContain("\"bids\"");
    }

    @Test
    void aBidOneSecondAfterTheDeadlineIsRefusedAndNothingIsStored() {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "守时协会");
        clock.travelTo(deadline.minusSeconds(2));
        as(supplier(uscc)).body(bid("300000", "方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201);
        clock.travelTo(deadline.plusSeconds(1));
        as(supplier(uscc)).body(bid("290000", "迟到方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then()
                .statusCode(409).body("detail", containsString("deadline"));
        as(supplier(uscc)).delete("/api/v1/tenders/" + tender + "/lots/1/bids/mine").then().statusCode(409);
        assertThat(bids()).isEqualTo(1);
        assertThat(Sql.text(db, "SELECT status FROM bid WHERE tender_id = '" + tender + "'")).isEqualTo("SEALED");
    }

    @Test
    void badInputIsRefusedNamingTheFieldOrRuleAndStoresNothing() {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "输入协会");
        String path = "/api/v1/tenders/" + tender + "/lots/1/bids";
        as(supplier(uscc)).body(bid("0", "方案")).post(path).then().statusCode(400).body("violations.field", hasItem("price"));
        as(supplier(uscc)).body(bid("-1", "方案")).post(path).then().statusCode(400).body("violations.field", hasItem("price"));
        as(supplier(uscc)).body(bid("1.001", "方案")).post(path).then().statusCode(400).body("violations.field", hasItem("price"));
        as(supplier(uscc)).body(bid("500000.01", "方案")).post(path).then().statusCode(422)
                .body("violations.field", hasItem("price")).body("detail", containsString("budget"));
        as(supplier(uscc)).body(bid("1000", "方案")).post("/api/v1/tenders/" + tender + "/lots/7/bids").then()
                .statusCode(404).body("detail", containsString("no lot 7"));
        as(supplier(uscc)).body(bid("1000", "方案")).post("/api/v1/tenders/" + UUID.randomUUID() + "/lots/1/bids").then()
                .statusCode(404);
        as(supplier(uscc)).body("{\"price\":1000,\"proposal\":\"x\",\"members\":[\"not-a-code\"]}").post(path).then()
                .statusCode(400).body("violations.field", hasItem(containsString("members")));
        as(supplier(uscc)).body("{\"price\":1000,\"proposal\":\"" + "长".repeat(20001) + "\"}").post(path).then()
                .statusCode(422).body("violations.field", hasItem("proposal"));
        assertThat(bids()).isZero();
    }

    @Test
    void anIneligibleSupplierIsRefusedWithEveryReasonAndNothingIsStored() {
        String uscc = org.govbuy.tender.CreditEvents.newUscc();
        TenderFixtures.standing(bootstrap, db, uscc, "失信企业", 1, """
                "debarredFrom":"2026-01-01","debarredUntil":"2029-01-01","lastMajorViolationOn":"2025-12-01\"""");
        Sql.count(db, "SELECT 1"); // the projection is in place (standing waits for it)
        as(supplier(uscc)).body(bid("1000", "方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then()
                .statusCode(422)
                .body("detail", containsString("NOT_DEBARRED"))
                .body("detail", containsString("NO_MAJOR_VIOLATION_IN_LOOK_BACK"));
        String unknown = org.govbuy.tender.CreditEvents.newUscc();
        as(supplier(unknown)).body(bid("1000", "方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then()
                .statusCode(422).body("detail", containsString("REGISTERED_AND_ACTIVE"));
        assertThat(bids()).isZero();
    }

    @Test
    void aSupplierReplacesOrWithdrawsItsOneActiveBidAndIsInAtMostOneBidPerLot() {
        String lead = TenderFixtures.eligibleSupplier(bootstrap, db, "牵头协会");
        String member = TenderFixtures.eligibleSupplier(bootstrap, db, "成员协会");
        String path = "/api/v1/tenders/" + tender + "/lots/1/bids";
        as(supplier(member)).body(bid("300000", "单独投标")).post(path).then().statusCode(201);
        as(supplier(lead)).body("{\"price\":310000,\"proposal\":\"联合体方案\",\"members\":[\"" + member + "\"]}").post(path)
                .then().statusCode(409).body("detail", containsString("at most one bid per lot"));
        as(supplier(member)).delete(path + "/mine").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(supplier(lead)).body("{\"price\":310000,\"proposal\":\"联合体方案\",\"members\":[\"" + member + "\"]}").post(path)
                .then().statusCode(201);
        String second = as(supplier(lead)).body(bid("305000", "修改后的方案")).post(path).then().statusCode(201)
                .extract().path("bidId");
        assertThat(Sql.text(db, "SELECT string_agg(status, ',' ORDER BY received_at, status) FROM bid WHERE tender_id = '"
                + tender + "'")).isEqualTo("WITHDRAWN,REPLACED,SEALED");
        as(supplier(lead)).get(path + "/mine").then().statusCode(200).body("bidId", equalTo(second));
        assertThat(Sql.count(db, "SELECT count(*) FROM bid_party WHERE active AND lot_id = (SELECT lot_id FROM bid WHERE id = '"
                + second + "')")).isEqualTo(1);
    }

    @Test
    void aDocumentIsSealedOnArrivalListedInTheBidItsReceiptCoversAndUnreadableBeforeTheOpening() {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "文档协会");
        byte[] pdf = "%PDF-1.4\n独家护理方案全文 secret-plan-9431\n%%EOF".getBytes(StandardCharsets.UTF_8);
        TenderFixtures.upload(uscc, tender, "proposal.pdf", pdf).statusCode(201).body("size", equalTo(pdf.length));
        String stored = Sql.text(db, "SELECT d::text FROM bid_document d WHERE tender_id = '" + tender + "'");
        assertThat(stored).doesNotContain("secret-plan-9431")
                .doesNotContain(HexFormat.of().formatHex("secret-plan-9431".getBytes(StandardCharsets.UTF_8)));
        String bidId = as(supplier(uscc)).body("{\"price\":300000,\"proposal\":\"见附件\",\"documents\":[\"proposal.pdf\"]}")
                .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201).extract().path("bidId");
        as(supplier(uscc)).get("/api/v1/tenders/" + tender + "/lots/1/bids/mine").then().statusCode(200)
                .body("documents[0].name", equalTo("proposal.pdf"))
                .body("documents[0].sha256", equalTo(org.govbuy.tender.domain.BidContent.sha256(pdf)));
        as(purchaser("ORG1", region)).get("/api/v1/tenders/" + tender + "/bids/" + bidId + "/documents/proposal.pdf")
                .then().statusCode(409).body("detail", containsString("sealed until the opening"));
    }

    @Test
    void aDocumentWithoutOrWithAWrongDigestOfAnotherTypeOrTooLargeIsRefusedAndOnlyItsRouteTakesLargeBodies() {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "坏文档协会");
        byte[] pdf = "%PDF-1.4 ok".getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/tenders/" + tender + "/lots/1/documents/a.pdf";
        given().header("Authorization", "Bearer " + supplier(uscc)).contentType("application/pdf").body(pdf).put(path)
                .then().statusCode(400).body("violations.field", hasItem("Content-Digest"));
        given().header("Authorization", "Bearer " + supplier(uscc)).contentType("application/pdf")
                .header("Content-Digest", "sha-256=:not-base64!:").body(pdf).put(path).then().statusCode(400);
        given().header("Authorization", "Bearer " + supplier(uscc)).contentType("application/pdf")
                .header("Content-Digest", TenderFixtures.contentDigest("other".getBytes(StandardCharsets.UTF_8))).body(pdf)
                .put(path).then().statusCode(422).body("violations.field", hasItem("Content-Digest"));
        given().header("Authorization", "Bearer " + supplier(uscc)).contentType("text/plain")
                .header("Content-Digest", TenderFixtures.contentDigest(pdf)).body(pdf).put(path).then().statusCode(415);
        byte[] twoMebibytes = new byte[2 * 1024 * 1024];
        TenderFixtures.upload(uscc, tender, "scan.pdf", twoMebibytes).statusCode(201);
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        TenderFixtures.upload(uscc, tender, "huge.pdf", tooLarge).statusCode(413);
        as(supplier(uscc)).body("{\"price\":1000,\"proposal\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(413);
        as(supplier(uscc)).body("{\"price\":1000,\"proposal\":\"见附件\",\"documents\":[\"never-uploaded.pdf\"]}")
                .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(422)
                .body("violations.field", hasItem("documents"));
        assertThat(bids()).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM bid_document WHERE tender_id = '" + tender + "'")).isEqualTo(1);
    }
}
