package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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

import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.ChangeFeedPoller;
import org.govbuy.testsupport.Sql;

/** Tenders: announced within the rules, public without a token, amended, cancelled, their questions answered. */
@QuarkusTest
class TenderLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    private String region;
    private String plan;
    private Instant now;

    @BeforeEach
    void anApprovedPlan() {
        region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
        plan = TenderFixtures.approvedPlan("ORG1", region, 2027, "600000");
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String announced(Instant deadline) {
        String id = TenderFixtures.draftTender("ORG1", region, plan, deadline, deadline.plus(Duration.ofHours(1)), "500000");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + id + "/announcement").then().statusCode(200);
        return id;
    }

    @Test
    void anOpenTendersDeadlineIsAtLeastTwentyDaysAfterItsAnnouncement() {
        Instant tooSoon = now.plus(Duration.ofDays(19));
        String id = TenderFixtures.draftTender("ORG1", region, plan, tooSoon, tooSoon.plus(Duration.ofHours(1)), "100000");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + id + "/announcement").then().statusCode(422)
                .body("violations.field", hasItem("bidDeadline"));
        given().get("/api/v1/public/tenders/" + id).then().statusCode(404);
        Instant later = now.plus(Duration.ofDays(21));
        as(purchaser("ORG1", region)).body(TenderFixtures.terms(later, later.plus(Duration.ofHours(1)), ""))
                .put("/api/v1/tenders/" + id + "/terms").then().statusCode(200)
                .body("announcement.bidDeadline", equalTo(later.toString()));
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + id + "/announcement").then().statusCode(200)
                .body("announcement.status", equalTo("ANNOUNCED"));
        as(purchaser("ORG1", region)).body(TenderFixtures.terms(later, later, "")).put("/api/v1/tenders/" + id + "/terms")
                .then().statusCode(409);
    }

    @Test
    void theAnnouncementIsPublicWithoutATokenAndStatesWhatBiddersNeed() {
        String id = announced(now.plus(Duration.ofDays(21)));
        given().get("/api/v1/public/tenders/" + id).then().statusCode(200)
                .body("announcement.status", equalTo("ANNOUNCED"))
                .body("announcement.budget", equalTo(500000.00f))
                .body("announcement.admittedTypes", hasItem("SOCIAL_GROUP"))
                .body("announcement.minimumRating", equalTo("A3"))
                .body("announcement.evaluation.priceWeight", equalTo(30))
                .body("announcement.evaluation.criteria.name", hasItem("服务方案"))
                .body("announcement.paymentTerms", containsString("评估"))
                .body("opening", nullValue());
        given().get("/api/v1/public/tenders?region=" + region).then().statusCode(200)
                .body("items.tenderId", hasItem(id));
        assertThat(Sql.text(db, "SELECT event_type FROM outbox_event WHERE aggregate_id = '" + id + "'"))
                .isEqualTo("govbuy.tender.tender.announced.v1");
        // the public change feed has the announcement; the plan it came from (internal) is not in it
        var entry = ChangeFeedPoller.entry("/api/v1/public/tenders/changes", "govbuy.tender.tender.announced.v1", id,
                Duration.ofSeconds(30));
        assertThat(entry.get("region")).isEqualTo(region);
        assertThat(entry.get("data").toString()).contains("服务方案");
        given().queryParam("limit", 500).get("/api/v1/public/tenders/changes").then().statusCode(200)
                .body("items.subject", not(hasItem(plan))).body("items.type", not(hasItem("govbuy.tender.plan.approved.v1")));
    }

    @Test
    void onlyAnApprovedPlanBecomesATenderAndOnlyWithinItsBudget() {
        String draftPlan = as(purchaser("ORG1", region)).body(TenderFixtures.planBody(2027, "600000", "OPEN_TENDER", ""))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Instant deadline = now.plus(Duration.ofDays(21));
        String body = """
                {"planId":"%s","method":"OPEN_TENDER","terms":%s,"lots":[{"title":"一","budget":%s}]}""";
        as(purchaser("ORG1", region)).body(body.formatted(draftPlan, TenderFixtures.terms(deadline, deadline, ""), "100"))
                .post("/api/v1/tenders").then().statusCode(409);
        as(purchaser("ORG1", region)).body(body.formatted(plan, TenderFixtures.terms(deadline, deadline, ""), "600000.01"))
                .post("/api/v1/tenders").then().statusCode(422).body("violations.field", hasItem("lots"));
        TenderFixtures.draftTender("ORG1", region, plan, deadline, deadline, "400000");
        as(purchaser("ORG1", region)).body(body.formatted(plan, TenderFixtures.terms(deadline, deadline, ""), "200000.01"))
                .post("/api/v1/tenders").then().statusCode(422);
    }

    @Test
    void aPurchaserOfAnotherDepartmentGets404OnAForeignTender() {
        String id = announced(now.plus(Duration.ofDays(21)));
        as(purchaser("ORG2", region)).get("/api/v1/tenders/" + id).then().statusCode(404);
        as(purchaser("ORG2", region)).body("{\"reason\":\"x\"}").post("/api/v1/tenders/" + id + "/cancellation").then()
                .statusCode(404);
        as(purchaser("ORG2", region)).get("/api/v1/tenders/" + id + "/questions").then().statusCode(404);
        as(TenderFixtures.finance("310104")).get("/api/v1/tenders/" + id).then().statusCode(404);
        as(TenderFixtures.auditor(region)).get("/api/v1/tenders/" + id).then().statusCode(200);
        as(purchaser("ORG2", region)).get("/api/v1/tenders").then().statusCode(200)
                .body("items.announcement.tenderId", not(hasItem(id)));
        as(purchaser("ORG1", region)).get("/api/v1/tenders").then().statusCode(200)
                .body("items.announcement.tenderId", hasItem(id));
        as(TenderFixtures.finance("110000")).get("/api/v1/tenders?size=200").then().statusCode(200)
                .body("items.announcement.tenderId", hasItem(id));
        as(TenderFixtures.finance("310104")).get("/api/v1/tenders").then().statusCode(200)
                .body("items.announcement.tenderId", not(hasItem(id)));
        // nor may it draft a tender from another department's plan
        Instant deadline = now.plus(Duration.ofDays(21));
        as(purchaser("ORG2", region)).body("""
                {"planId":"%s","method":"OPEN_TENDER","terms":%s,"lots":[{"title":"一","budget":1}]}"""
                .formatted(plan, TenderFixtures.terms(deadline, deadline, ""))).post("/api/v1/tenders").then().statusCode(404);
    }

    @Test
    void anAmendmentIsPublishedAndPushesTheDeadlineOutWhenTooLittleTimeIsLeft() {
        Instant deadline = now.plus(Duration.ofDays(21));
        String id = announced(deadline);
        clock.travelTo(deadline.minus(Duration.ofDays(10)));
        as(purchaser("ORG1", region)).body("""
                {"description":"服务内容增加助浴","terms":%s}""".formatted(TenderFixtures.terms(deadline,
                deadline.plus(Duration.ofHours(1)), "").replace("上门助餐、助洁、助浴", "上门助餐、助洁、助浴、助医")))
                .post("/api/v1/tenders/" + id + "/amendments").then().statusCode(200);
        Instant pushed = Instant.parse(given().get("/api/v1/public/tenders/" + id).then().statusCode(200)
                .body("announcement.content", containsString("助医"))
                .body("amendments[0].description", equalTo("服务内容增加助浴"))
                .body("amendments[0].deadlinePushedOut", equalTo(true))
                .extract().<String>path("announcement.bidDeadline"));
        assertThat(pushed).isAfterOrEqualTo(clock.instant().minusSeconds(5).plus(Duration.ofDays(15)));
        assertThat(Sql.text(db, "SELECT due_at = '" + pushed + "'::timestamptz FROM scheduled_job WHERE kind = "
                + "'tender.close-bidding' AND job_key = '" + id + "'")).isEqualTo("t");
    }

    @Test
    void aCancelledTenderPublishesItsReasonAndTakesNoBid() {
        String id = announced(now.plus(Duration.ofDays(21)));
        as(purchaser("ORG1", region)).body("{\"reason\":\"预算调整,项目终止\"}")
                .post("/api/v1/tenders/" + id + "/cancellation").then().statusCode(200);
        given().get("/api/v1/public/tenders/" + id).then().statusCode(200)
                .body("announcement.status", equalTo("CANCELLED")).body("cancellationReason", equalTo("预算调整,项目终止"));
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "取消测试协会");
        as(supplier(uscc)).body(TenderFixtures.bid("1000", "方案")).post("/api/v1/tenders/" + id + "/lots/1/bids")
                .then().statusCode(409).body("detail", containsString("cancelled"));
        assertThat(Sql.count(db, "SELECT count(*) FROM bid WHERE tender_id = '" + id + "'")).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM scheduled_job WHERE job_key = '" + id + "'")).isZero();
    }

    @Test
    void aQuestionsAnswerIsPublishedToEveryoneWithoutSayingWhoAsked() {
        String id = announced(now.plus(Duration.ofDays(21)));
        String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, "提问协会");
        String question = as(supplier(uscc)).body("{\"question\":\"是否接受联合体投标?\"}")
                .post("/api/v1/tenders/" + id + "/questions").then().statusCode(201).extract().path("id");
        given().get("/api/v1/public/tenders/" + id).then().body("clarifications", org.hamcrest.Matchers.empty());
        as(purchaser("ORG1", region)).get("/api/v1/tenders/" + id + "/questions").then().statusCode(200)
                .body("[0].question", equalTo("是否接受联合体投标?")).body(not(containsString(uscc)));
        as(purchaser("ORG1", region)).body("{\"answer\":\"接受,牵头方须为社会组织\"}")
                .post("/api/v1/tenders/" + id + "/questions/" + question + "/answer").then().statusCode(200);
        String published = given().get("/api/v1/public/tenders/" + id).then().statusCode(200)
                .body("clarifications[0].answer", equalTo("接受,牵头方须为社会组织")).extract().asString();
        assertThat(published).doesNotContain(uscc);
        assertThat(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE event_type = "
                + "'govbuy.tender.clarification.published.v1' AND aggregate_id = '" + id + "'")).doesNotContain(uscc)
                .contains("联合体");
        clock.travelTo(now.plus(Duration.ofDays(19)));
        as(supplier(uscc)).body("{\"question\":\"太晚了?\"}").post("/api/v1/tenders/" + id + "/questions").then()
                .statusCode(409).body("detail", containsString("questions closed"));
    }
}
