package org.govbuy.tender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.bid;
import static org.govbuy.tender.TenderFixtures.finance;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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

/** A failed lot bought again (重新采购): as a copy, or switched to another method with finance's approval. */
@QuarkusTest
class ReTenderTest {

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

    /** One bid of the three an open tender needs: the lot fails at the opening (流标). 500 000 of the plan's 600 000. */
    @BeforeEach
    void aTenderWhoseOnlyLotFailed() {
        region = TenderFixtures.newDistrict();
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        tender = TenderFixtures.announcedTender(bootstrap, region, deadline, deadline.plus(Duration.ofHours(1)));
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "唯一投标人");
        as(supplier(uscc)).body(bid("450000", "方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201);
        clock.travelTo(deadline.plus(Duration.ofHours(2)));
        jobs.runDue();
        assertThat(Sql.text(db, "SELECT status FROM tender_lot WHERE tender_id = '" + tender + "'")).isEqualTo("FAILED");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String reTender() {
        return "/api/v1/tenders/" + tender + "/lots/1/re-tender";
    }

    @Test
    void aFailedLotIsCopiedIntoANewDraftWhoseBudgetTheFailedLotGaveBack() {
        String again = as(purchaser("ORG1", region)).body("{}").post(reTender()).then().statusCode(201)
                .body("reTenderOf", equalTo(tender)).body("reTenderLot", equalTo(1))
                .body("announcement.status", equalTo("DRAFT")).body("announcement.method", equalTo("OPEN_TENDER"))
                .body("announcement.lots[0].budget", equalTo(500000.0f)).body("methodChange", org.hamcrest.Matchers.nullValue())
                .extract().path("announcement.tenderId");
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + tender
                + "' AND event_type = 'govbuy.tender.tender.re-tendered.v1' AND payload->>'newTenderId' = '" + again + "'"))
                .isEqualTo(1);
        as(purchaser("ORG1", region)).body("{}").post(reTender()).then().statusCode(409)
                .body("detail", containsString("being re-tendered already"));
        as(purchaser("ORG2", region)).body("{}").post(reTender()).then().statusCode(404);
        as(purchaser("ORG1", region)).body("{}").post("/api/v1/tenders/" + tender + "/lots/2/re-tender").then()
                .statusCode(409);
    }

    @Test
    void switchingToAnotherMethodNeedsAReasonAndFinancesApprovalBeforeItIsAnnounced() {
        as(purchaser("ORG1", region)).body("{\"method\":\"COMPETITIVE_NEGOTIATION\"}").post(reTender()).then()
                .statusCode(422).body("violations[0].field", equalTo("reason"));
        String again = as(purchaser("ORG1", region))
                .body("{\"method\":\"COMPETITIVE_NEGOTIATION\",\"reason\":\"公开招标仅一家投标,符合转为竞争性谈判的条件\"}")
                .post(reTender()).then().statusCode(201).body("methodChange", equalTo("PENDING"))
                .body("announcement.method", equalTo("COMPETITIVE_NEGOTIATION")).extract().path("announcement.tenderId");
        Instant deadline = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(10));
        as(purchaser("ORG1", region)).body(TenderFixtures.terms(deadline, deadline.plus(Duration.ofHours(1)), ""))
                .put("/api/v1/tenders/" + again + "/terms").then().statusCode(200);
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + again + "/announcement").then().statusCode(409)
                .body("detail", containsString("awaits finance's approval"));
        as(finance(TenderFixtures.newDistrict())).post("/api/v1/tenders/" + again + "/method-change/approval").then()
                .statusCode(404);
        as(finance(region)).post("/api/v1/tenders/" + again + "/method-change/approval").then().statusCode(200)
                .body("methodChange", equalTo("APPROVED"));
        as(finance(region)).post("/api/v1/tenders/" + again + "/method-change/approval").then().statusCode(409);
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + again + "/announcement").then().statusCode(200)
                .body("announcement.status", equalTo("ANNOUNCED"));
    }
}
