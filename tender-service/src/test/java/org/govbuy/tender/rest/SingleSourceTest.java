package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.bid;
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
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.CreditEvents;
import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.Sql;

/** Single source (单一来源): published first, objections answered, only then the named supplier bids. */
@QuarkusTest
class SingleSourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aSingleSourceProceedsOnlyAfterItsNoticePeriodWithEveryObjectionAnswered() {
        String region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
        String plan = TenderFixtures.approvedPlan("ORG1", region, 2027, "600000");
        String named = TenderFixtures.eligibleSupplier(bootstrap, db, "原承接协会");
        String objector = TenderFixtures.eligibleSupplier(bootstrap, db, "异议协会");
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        String tender = as(purchaser("ORG1", region)).body("""
                {"planId":"%s","method":"SINGLE_SOURCE","terms":%s,"lots":[{"title":"续期","budget":500000}],
                 "singleSourceSupplier":"%s","singleSourceReason":"原合同续期,服务对象需保持连续"}"""
                .formatted(plan, TenderFixtures.terms(deadline, deadline, "").replace("\"consortiumAllowed\":true",
                        "\"consortiumAllowed\":false"), named)).post("/api/v1/tenders").then().statusCode(201)
                .extract().path("announcement.tenderId");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200)
                .body("announcement.status", equalTo("NOTICE"));
        given().get("/api/v1/public/tenders/" + tender).then().statusCode(200)
                .body("announcement.singleSourceSupplier", equalTo(named))
                .body("announcement.singleSourceReason", containsString("续期"));

        String lot = "/api/v1/tenders/" + tender + "/lots/1/bids";
        as(supplier(named)).body(bid("480000", "续期方案")).post(lot).then().statusCode(409)
                .body("detail", containsString("notice"));
        as(supplier(CreditEvents.newUscc())).body("{\"grounds\":\"未注册\"}").post("/api/v1/tenders/" + tender + "/objections")
                .then().statusCode(422);
        String objection = as(supplier(objector)).body("{\"grounds\":\"本机构同样具备服务能力\"}")
                .post("/api/v1/tenders/" + tender + "/objections").then().statusCode(201).extract().path("id");

        Instant noticeEnds = Instant.parse(given().get("/api/v1/public/tenders/" + tender).then()
                .extract().<String>path("announcement.noticeEndsAt"));
        clock.travelTo(noticeEnds.plusSeconds(1));
        jobs.runDue();
        assertThat(Sql.text(db, "SELECT status FROM tender WHERE id = '" + tender + "'")).isEqualTo("NOTICE");
        as(supplier(named)).body(bid("480000", "续期方案")).post(lot).then().statusCode(409);

        as(purchaser("ORG1", region)).body("{\"answer\":\"该服务对象为失能老人,更换机构影响照护连续性\"}")
                .post("/api/v1/tenders/" + tender + "/objections/" + objection + "/answer").then().statusCode(200);
        given().get("/api/v1/public/tenders/" + tender).then().body("announcement.status", equalTo("ANNOUNCED"))
                .body("objections[0].answer", containsString("连续性"))
                .body(org.hamcrest.Matchers.not(containsString(objector)));
        as(supplier(objector)).body(bid("470000", "替代方案")).post(lot).then().statusCode(422)
                .body("detail", containsString("only the named supplier"));
        as(supplier(named)).body(bid("480000", "续期方案")).post(lot).then().statusCode(201);
        assertThat(Sql.text(db, "SELECT string_agg(event_type, ',' ORDER BY sequence) FROM outbox_event WHERE aggregate_id = '"
                + tender + "'")).isEqualTo("govbuy.tender.single-source-notice.published.v1,govbuy.tender.objection.filed.v1,"
                        + "govbuy.tender.objection.answered.v1,govbuy.tender.tender.announced.v1");
    }
}
