package org.govbuy.tender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.finance;
import static org.govbuy.tender.TenderFixtures.planBody;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestInfrastructure;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;

/** Purchase plans (购买服务计划): drafted by a department, reviewed by finance of its region. */
@QuarkusTest
class PurchasePlanTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    private String region;

    @BeforeEach
    void aCatalogueInForce() {
        region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
    }

    @Test
    void aPlanIsDraftedSubmittedAndApprovedByFinanceOfItsRegionWithItsEvents() {
        String id = as(purchaser("ORG1", region)).body(planBody(2027, "600000", "OPEN_TENDER", "")).post("/api/v1/plans")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("subItemName", equalTo("居家养老上门服务"))
                .extract().path("id");
        as(purchaser("ORG1", region)).post("/api/v1/plans/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(finance(region)).post("/api/v1/plans/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        assertThat(Sql.text(db, "SELECT string_agg(event_type, ',' ORDER BY sequence) FROM outbox_event WHERE aggregate_id = '"
                + id + "'")).isEqualTo("govbuy.tender.plan.submitted.v1,govbuy.tender.plan.approved.v1");
    }

    @Test
    void aSubItemNotPurchasableHereThisYearOrExcludedIsRefusedWithTheReason() {
        as(purchaser("ORG1", region)).body(planBody(2027, "600000", "OPEN_TENDER", "").replace("A0701", "A0799"))
                .post("/api/v1/plans").then().statusCode(422).body("violations.field", hasItem("subItemCode"))
                .body("detail", org.hamcrest.Matchers.containsString("excluded"));
        as(purchaser("ORG1", region)).body(planBody(2028, "600000", "OPEN_TENDER", "")).post("/api/v1/plans").then()
                .statusCode(422).body("detail", org.hamcrest.Matchers.containsString("no catalogue"));
        assertThat(Sql.count(db, "SELECT count(*) FROM purchase_plan WHERE region = '" + region + "'")).isZero();
    }

    @Test
    void aBudgetOutsideTheReferencePriceRangeNeedsAWrittenReason() {
        // 10 000 visits for 3 000 000 is 300 per visit, above the catalogue's 10–200
        as(purchaser("ORG1", region)).body(planBody(2027, "3000000", "OPEN_TENDER", "")).post("/api/v1/plans").then()
                .statusCode(422).body("violations.field", hasItem("budgetReason"));
        as(purchaser("ORG1", region)).body(planBody(2027, "3000000", "OPEN_TENDER",
                ",\"budgetReason\":\"含夜间照护,单价高于一般上门服务\"")).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void aSingleSourcePlanMustJustifyIt() {
        as(purchaser("ORG1", region)).body(planBody(2027, "600000", "SINGLE_SOURCE", "")).post("/api/v1/plans").then()
                .statusCode(422).body("violations.field", hasItem("methodJustification"));
        as(purchaser("ORG1", region)).body(planBody(2027, "600000", "SINGLE_SOURCE",
                ",\"methodJustification\":\"原合同续期,服务对象需保持连续\"")).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void financeReturnsAPlanWithReasonsAndThePurchaserRevisesAndSubmitsAgain() {
        String id = as(purchaser("ORG1", region)).body(planBody(2027, "600000", "OPEN_TENDER", "")).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        as(finance(region)).post("/api/v1/plans/" + id + "/approval").then().statusCode(409);
        as(purchaser("ORG1", region)).post("/api/v1/plans/" + id + "/submission").then().statusCode(200);
        as(purchaser("ORG1", region)).body(planBody(2027, "500000", "OPEN_TENDER", "")).put("/api/v1/plans/" + id)
                .then().statusCode(409);
        as(finance(region)).body("{\"reason\":\"绩效目标不够具体\"}").post("/api/v1/plans/" + id + "/return").then()
                .statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("绩效目标不够具体"));
        as(purchaser("ORG1", region)).body(planBody(2027, "500000", "OPEN_TENDER", "")).put("/api/v1/plans/" + id)
                .then().statusCode(200).body("budget", equalTo(500000.00f));
        as(purchaser("ORG1", region)).post("/api/v1/plans/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void whoeverSubmittedAPlanMayNotApproveIt() {
        String both = TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("purchaser", "finance")
                .subject("two-hats").claim("org_code", "ORG1").claim("region", region).sign();
        String id = as(both).body(planBody(2027, "600000", "OPEN_TENDER", "")).post("/api/v1/plans").then()
                .statusCode(201).extract().path("id");
        as(both).post("/api/v1/plans/" + id + "/submission").then().statusCode(200);
        as(both).post("/api/v1/plans/" + id + "/approval").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("four eyes"));
        as(finance(region)).post("/api/v1/plans/" + id + "/approval").then().statusCode(200);
    }

    @Test
    void aPurchaserSeesOnlyItsOwnDepartmentsPlansAndFinanceOnlyItsRegions() {
        String id = as(purchaser("ORG1", region)).body(planBody(2027, "600000", "OPEN_TENDER", "")).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        as(purchaser("ORG2", region)).get("/api/v1/plans/" + id).then().statusCode(404);
        as(purchaser("ORG2", region)).body(planBody(2027, "1", "OPEN_TENDER", "")).put("/api/v1/plans/" + id).then()
                .statusCode(404);
        as(purchaser("ORG2", region)).post("/api/v1/plans/" + id + "/submission").then().statusCode(404);
        as(finance("310104")).get("/api/v1/plans/" + id).then().statusCode(404);
        as(finance(region)).get("/api/v1/plans/" + id).then().statusCode(200);
        as(finance("110000")).get("/api/v1/plans/" + id).then().statusCode(200);
        as(purchaser("ORG1", region)).post("/api/v1/plans/" + id + "/submission").then().statusCode(200);
        as(finance("310104")).post("/api/v1/plans/" + id + "/approval").then().statusCode(404);
        as(purchaser("ORG2", region)).get("/api/v1/plans").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        as(finance(region)).get("/api/v1/plans?status=SUBMITTED").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        as(purchaser("ORG1", region)).body(planBody(2027, "-5", "OPEN_TENDER", "")).post("/api/v1/plans").then()
                .statusCode(400).body("violations.field", hasItem("budget"));
        as(purchaser("ORG1", region)).body(planBody(2027, "100.005", "OPEN_TENDER", "")).post("/api/v1/plans").then()
                .statusCode(400).body("violations.field", hasItem("budget"));
        as(purchaser("ORG1", region)).body(planBody(2027, "600000", "BARTER", "")).post("/api/v1/plans").then()
                .statusCode(400).body("violations.field", hasItem("proposedMethod"));
        assertThat(Sql.count(db, "SELECT count(*) FROM purchase_plan WHERE region = '" + region + "'")).isZero();
    }
}
