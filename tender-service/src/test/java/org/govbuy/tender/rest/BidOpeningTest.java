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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.Sql;

/** The opening (开标): at its time, once, with every bid checked against its receipt and its bidders' standing. */
@QuarkusTest
class BidOpeningTest {

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
    private Instant opening;

    @BeforeEach
    void anAnnouncedTender() {
        region = TenderFixtures.newDistrict();
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        opening = deadline.plus(Duration.ofHours(1));
        tender = TenderFixtures.announcedTender(bootstrap, region, deadline, opening);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String bidAs(String name, String price) {
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, name);
        as(supplier(uscc)).body(bid(price, name + "的服务方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then()
                .statusCode(201);
        return uscc;
    }

    private String bidStatus(String uscc) {
        return Sql.text(db, "SELECT status FROM bid WHERE tender_id = '" + tender + "' AND lead_uscc = '" + uscc + "'");
    }

    private long events(String type) {
        return Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + tender + "' AND event_type = '"
                + type + "'");
    }

    @Test
    void nothingOpensBeforeTheOpeningTime() {
        bidAs("早到协会", "300000");
        clock.travelTo(opening.minusSeconds(1));
        jobs.runDue();
        assertThat(Sql.text(db, "SELECT status FROM tender WHERE id = '" + tender + "'")).isEqualTo("CLOSED");
        assertThat(Sql.count(db, "SELECT count(*) FROM tender_opening_key WHERE tender_id = '" + tender
                + "' AND unwrapped_at IS NOT NULL")).isZero();
        given().get("/api/v1/public/tenders/" + tender).then().body("opening", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void threeValidBidsOpenTheLotWithPricesMatchingTheirReceiptsAndTheRecordIsPublished() {
        String a = bidAs("甲协会", "410000");
        bidAs("乙协会", "420000.50");
        bidAs("丙协会", "430000");
        clock.travelTo(opening.plusSeconds(1));
        jobs.runDue();
        given().get("/api/v1/public/tenders/" + tender).then().statusCode(200)
                .body("announcement.status", equalTo("OPENED"))
                .body("opening.lots[0].outcome", equalTo("OPENED"))
                .body("opening.lots[0].validBids", equalTo(3))
                .body("opening.lots[0].bids.price", hasItem(420000.50f))
                .body("opening.lots[0].bids.leadName", hasItem("甲协会"))
                .body("opening.lots[0].bids.receiptDigest", hasItem(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
        as(supplier(a)).get("/api/v1/tenders/" + tender + "/lots/1/bids/mine").then().statusCode(200)
                .body("status", equalTo("VALID")).body("openedPrice", equalTo(410000.00f));
        assertThat(events("govbuy.tender.bids.opened.v1")).isEqualTo(1);
        assertThat(events("govbuy.tender.lot.failed.v1")).isZero();
    }

    @Test
    void aTamperedBidIsInvalidASupplierDebarredAfterBiddingIsDisqualifiedAndTooFewValidBidsFailTheLot() {
        String honest = bidAs("诚信协会", "400000");
        String garbled = bidAs("篡改内容协会", "410000");
        String redigested = bidAs("篡改摘要协会", "420000");
        String debarred = bidAs("后被禁入协会", "430000");
        Sql.count(db, "WITH changed AS (UPDATE bid SET sealed_content = set_byte(sealed_content, 5, get_byte(sealed_content, 5) # 255)"
                + " WHERE lead_uscc = '" + garbled + "' RETURNING 1) SELECT count(*) FROM changed");
        Sql.count(db, "WITH changed AS (UPDATE bid SET receipt_digest = repeat('0', 64) WHERE lead_uscc = '" + redigested
                + "' RETURNING 1) SELECT count(*) FROM changed");
        TenderFixtures.standing(bootstrap, db, debarred, "后被禁入协会", 2,
                "\"debarredFrom\":\"2026-01-01\",\"debarredUntil\":\"2030-01-01\"");
        clock.travelTo(opening.plusSeconds(1));
        jobs.runDue();

        assertThat(bidStatus(honest)).isEqualTo("VALID");
        assertThat(bidStatus(garbled)).isEqualTo("INVALID");
        assertThat(bidStatus(redigested)).isEqualTo("INVALID");
        assertThat(bidStatus(debarred)).isEqualTo("DISQUALIFIED");
        given().get("/api/v1/public/tenders/" + tender).then().statusCode(200)
                .body("opening.lots[0].outcome", equalTo("FAILED"))
                .body("opening.lots[0].validBids", equalTo(1))
                .body("opening.lots[0].requiredValidBids", equalTo(3))
                .body("opening.lots[0].bids.findAll { it.leadUscc == '" + garbled + "' }[0].reasons[0]",
                        containsString("cannot be decrypted"))
                .body("opening.lots[0].bids.findAll { it.leadUscc == '" + redigested + "' }[0].reasons[0]",
                        containsString("does not match the receipt"))
                .body("opening.lots[0].bids.findAll { it.leadUscc == '" + debarred + "' }[0].reasons[0]",
                        containsString("NOT_DEBARRED"));
        assertThat(Sql.text(db, "SELECT opening_check::text FROM bid WHERE lead_uscc = '" + debarred + "'"))
                .contains("2030-01-01").contains("\"eligible\": false");
        assertThat(events("govbuy.tender.lot.failed.v1")).isEqualTo(1);
    }

    @Test
    void anOpeningTimeThatPassedWhileNoInstanceRanIsCarriedOutOnceByTwoInstancesStartingTogether() throws Exception {
        bidAs("一号协会", "400000");
        bidAs("二号协会", "410000");
        bidAs("三号协会", "420000");
        clock.travelTo(opening.plus(Duration.ofHours(5)));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> instances = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return jobs.runDue();
        })).toList();
        start.countDown();
        CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get();
        assertThat(events("govbuy.tender.bids.opened.v1")).isEqualTo(1);
        assertThat(Sql.text(db, "SELECT status FROM tender WHERE id = '" + tender + "'")).isEqualTo("OPENED");
        assertThat(Sql.count(db, "SELECT count(*) FROM bid WHERE tender_id = '" + tender + "' AND status = 'VALID'")).isEqualTo(3);
        assertThat(Sql.count(db, "SELECT count(*) FROM scheduled_job WHERE job_key = '" + tender + "' AND done_at IS NULL"))
                .isZero();
    }

    @Test
    void documentsOpenWithTheirBidForThePurchaserOnlyAndATamperedDocumentInvalidatesItsBid() {
        byte[] intact = "%PDF-1.4 完好的方案".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] altered = "%PDF-1.4 将被篡改的方案".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String honest = TenderFixtures.eligibleSupplier(bootstrap, db, "附件完好协会");
        String victim = TenderFixtures.eligibleSupplier(bootstrap, db, "附件被改协会");
        TenderFixtures.upload(honest, tender, "plan.pdf", intact).statusCode(201);
        TenderFixtures.upload(victim, tender, "plan.pdf", altered).statusCode(201);
        String bid = as(supplier(honest)).body("{\"price\":400000,\"proposal\":\"见附件\",\"documents\":[\"plan.pdf\"]}")
                .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201).extract().path("bidId");
        as(supplier(victim)).body("{\"price\":410000,\"proposal\":\"见附件\",\"documents\":[\"plan.pdf\"]}")
                .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201);
        Sql.count(db, "WITH changed AS (UPDATE bid_document SET sealed_content = set_byte(sealed_content, 2, "
                + "get_byte(sealed_content, 2) # 255) WHERE supplier_uscc = '" + victim + "' RETURNING 1) SELECT count(*) FROM changed");
        clock.travelTo(opening.plusSeconds(1));
        jobs.runDue();

        assertThat(bidStatus(honest)).isEqualTo("VALID");
        assertThat(bidStatus(victim)).isEqualTo("INVALID");
        assertThat(Sql.text(db, "SELECT opening_reasons::text FROM bid WHERE lead_uscc = '" + victim + "'"))
                .contains("document plan.pdf");
        byte[] read = as(purchaser("ORG1", region)).get("/api/v1/tenders/" + tender + "/bids/" + bid + "/documents/plan.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(read).isEqualTo(intact);
        as(purchaser("ORG2", region)).get("/api/v1/tenders/" + tender + "/bids/" + bid + "/documents/plan.pdf").then()
                .statusCode(404);
        as(supplier(victim)).get("/api/v1/tenders/" + tender + "/bids/" + bid + "/documents/plan.pdf").then()
                .statusCode(403);
    }
}
