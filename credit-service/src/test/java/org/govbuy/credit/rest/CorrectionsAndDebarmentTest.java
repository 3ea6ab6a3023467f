package org.govbuy.credit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestClock;
import org.govbuy.credit.service.DailySupplierPass;
import org.govbuy.testsupport.Sql;

/**
 * A correction meets the rules a new record meets and is announced; a debarment runs from the
 * decision that established the violation; affiliation by the same legal representative holds both
 * ways, and affiliates debarred only because of a principal are reinstated with it.
 */
@QuarkusTest
class CorrectionsAndDebarmentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    DailySupplierPass dailyPass;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** The notices' statement period (5 working days) runs out and the daily pass takes them into effect. */
    private void noticesRunOut(String... usccs) {
        clock.travel(java.time.Duration.ofDays(10));
        for (String uscc : usccs) {
            dailyPass.passFor(uscc);
        }
    }

    private static String correction(String severity, LocalDate occurredOn) {
        return """
                {"severity":"%s","occurredOn":"%s","reason":"复核更正"}""".formatted(severity, occurredOn);
    }

    @Test
    void aCorrectionIsRefusedWhereANewRecordWouldBeAndChangesNothing() {
        String uscc = CreditApi.registerSupplier("更正规则测试中心");
        String record = CreditApi.enterRecord(uscc, "CONTRACT_BREACH", "MINOR", TODAY.toString());

        CreditApi.as("finance").body(correction("NONE", TODAY)).post("/api/v1/credit/records/" + record + "/correction")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("severity"));
        CreditApi.as("finance").body(correction("MINOR", TODAY.plusDays(1))).post("/api/v1/credit/records/" + record + "/correction")
                .then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        CreditApi.as("finance").body("""
                {"severity":"MINOR","occurredOn":"%s","decidedOn":"%s","reason":"x"}"""
                .formatted(TODAY, TODAY.minusDays(1))).post("/api/v1/credit/records/" + record + "/correction")
                .then().statusCode(400).body("violations[0].field", equalTo("decidedOn"));

        CreditApi.as("finance").get("/api/v1/credit/records/" + record).then()
                .body("severity", equalTo("MINOR")).body("trail", hasSize(0));
    }

    @Test
    void aMajorViolationOfLawIsMajorByDefinition() {
        String uscc = CreditApi.registerSupplier("重大违法定义测试中心");
        CreditApi.as("finance").body("""
                {"kind":"MAJOR_VIOLATION_OF_LAW","severity":"MINOR","source":"COURT","evidenceReference":"(2026)判1号",
                 "reason":"行政处罚","occurredOn":"%s"}""".formatted(TODAY))
                .post("/api/v1/suppliers/" + uscc + "/credit-records").then().statusCode(400)
                .body("violations[0].field", equalTo("severity"));
        String record = CreditApi.enterRecord(uscc, "MAJOR_VIOLATION_OF_LAW", "MAJOR", TODAY.toString());
        CreditApi.as("finance").body(correction("SERIOUS", TODAY)).post("/api/v1/credit/records/" + record + "/correction")
                .then().statusCode(400).body("violations[0].field", equalTo("severity"));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM credit_record WHERE uscc = '" + uscc + "'"))
                .isEqualTo(1);
    }

    @Test
    void raisingARecordToMajorDebarsTheSupplierAndAnnouncesTheCorrection() {
        String uscc = CreditApi.registerSupplier("更正升级测试中心");
        String record = CreditApi.enterRecord(uscc, "FALSE_INFORMATION", "MINOR", TODAY.toString());
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", not(hasItem("NOT_DEBARRED")));

        CreditApi.as("finance").body(correction("MAJOR", TODAY)).post("/api/v1/credit/records/" + record + "/correction")
                .then().statusCode(200).body("severity", equalTo("MAJOR")).body("trail[0].action", equalTo("CORRECTED"));

        // notified first (告知): not debarred until the statement period has run out
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", not(hasItem("NOT_DEBARRED")));
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.debarment-proposed.v1", 1)).hasSize(1);
        noticesRunOut(uscc);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("eligible", equalTo(false)).body("failed.condition", hasItem("NOT_DEBARRED"));
        var corrected = CreditApi.events(bootstrap, uscc, "govbuy.credit.credit-record.corrected.v1", 1);
        assertThat(corrected).hasSize(1);
        var data = CreditApi.data(corrected.get(0));
        assertThat(data.get("severity").asText()).isEqualTo("MAJOR");
        assertThat(data.get("standing").get("lastMajorViolationOn").asText()).isEqualTo(TODAY.toString());
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.debarred.v1", 1)).hasSize(1);

        // correcting it again (still major) debars no second time
        CreditApi.as("finance").body(correction("MAJOR", TODAY)).post("/api/v1/credit/records/" + record + "/correction")
                .then().statusCode(200);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM debarment WHERE uscc = '" + uscc + "'")).isEqualTo(1);
    }

    @Test
    void aDebarmentRunsFromTheDecisionDateNotTheDayItWasTypedIn() {
        String late = CreditApi.registerSupplier("迟录处罚测试中心");
        LocalDate decided = TODAY.minusYears(1);
        enterMajor(late, decided.minusMonths(2), decided);
        noticesRunOut(late);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + late + "/debarments").then()
                .body("[0].startsOn", equalTo(TODAY.plusDays(10).toString()))
                .body("[0].endsOn", equalTo(decided.plusYears(3).toString()));

        // a decision whose term is already over debars no one, though the record still counts
        String old = CreditApi.registerSupplier("旧处罚测试中心");
        enterMajor(old, TODAY.minusYears(4), TODAY.minusYears(4));
        noticesRunOut(old);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + old + "/debarments").then().body("$", hasSize(0));
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + old + "/credit-report").then()
                .body("records[0].decidedOn", equalTo(TODAY.minusYears(4).toString()));
    }

    @Test
    void anOrganisationNamingTheDebarredOneAsSameLegalRepresentativeIsDebarredToo() {
        String principal = CreditApi.registerSupplier("被处罚的社工机构");
        String sibling = CreditApi.registerSupplier("同一法人的另一机构");
        String subsidiary = CreditApi.registerSupplier("另一机构的子机构");
        affiliate(sibling, principal, "SAME_LEGAL_REPRESENTATIVE");
        affiliate(subsidiary, principal, "PARENT"); // one-way: the parent is not debarred for its subsidiary's name

        enterMajor(principal, TODAY, TODAY);
        noticesRunOut(principal);

        CreditApi.as("purchaser").get("/api/v1/suppliers/" + sibling + "/debarments").then()
                .body("$", hasSize(1)).body("[0].affiliateOf", equalTo(principal));
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + subsidiary + "/debarments").then().body("$", hasSize(0));
    }

    @Test
    void reinstatingThePrincipalReinstatesTheAffiliatesDebarredBecauseOfIt() {
        String principal = CreditApi.registerSupplier("复核撤销处罚机构");
        String sibling = CreditApi.registerSupplier("复核撤销关联机构");
        affiliate(principal, sibling, "SAME_LEGAL_REPRESENTATIVE");
        enterMajor(principal, TODAY, TODAY);
        noticesRunOut(principal);
        String debarment = CreditApi.as("purchaser").get("/api/v1/suppliers/" + principal + "/debarments")
                .then().extract().path("[0].id");

        CreditApi.as("civil-affairs").body("{\"reason\":\"行政复议撤销处罚决定\"}")
                .post("/api/v1/credit/debarments/" + debarment + "/reinstatement").then().statusCode(200);

        for (String released : new String[] { principal, sibling }) {
            CreditApi.as("purchaser").get("/api/v1/suppliers/" + released + "/eligibility").then()
                    .body("failed.condition", not(hasItem("NOT_DEBARRED")));
            assertThat(CreditApi.events(bootstrap, released, "govbuy.credit.supplier.reinstated.v1", 1)).hasSize(1);
        }
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + sibling + "/debarments").then()
                .body("[0].reinstatedOn", equalTo(TODAY.plusDays(10).toString()));
    }

    @Test
    void aSupplierNotifiedOfItsDebarmentStatesItsCaseAndOnlyTheAuthorityAnsweringForTheRecordDecides() {
        String uscc = CreditApi.registerSupplier("申辩失信协会");
        String other = CreditApi.registerSupplier("旁观失信协会");
        enterMajor(uscc, TODAY, TODAY);
        String notice = CreditApi.asSupplier(uscc).get("/api/v1/suppliers/" + uscc + "/debarment-notices").then()
                .statusCode(200).body("[0].status", equalTo("PENDING")).extract().path("[0].id");
        CreditApi.as("finance").body("{\"debar\":true,\"reason\":\"未经申辩即决定\"}")
                .post("/api/v1/credit/debarment-notices/" + notice + "/decision").then().statusCode(409);
        CreditApi.asSupplier(other).body("{\"statement\":\"代为申辩\"}")
                .post("/api/v1/credit/debarment-notices/" + notice + "/statement").then().statusCode(403);
        CreditApi.asSupplier(uscc).body("{\"statement\":\"处罚决定已被行政复议撤销，附复议决定书\"}")
                .post("/api/v1/credit/debarment-notices/" + notice + "/statement").then().statusCode(200)
                .body("statement", org.hamcrest.Matchers.containsString("复议"));

        noticesRunOut(uscc); // a statement waits for the decision: nothing takes effect by date
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/debarments").then().body("$", hasSize(0));
        CreditApi.as("finance", "310000").body("{\"debar\":false,\"reason\":\"外地无权\"}")
                .post("/api/v1/credit/debarment-notices/" + notice + "/decision").then().statusCode(403);
        CreditApi.as("finance").body("{\"debar\":false,\"reason\":\"申辩成立，处罚已撤销\"}")
                .post("/api/v1/credit/debarment-notices/" + notice + "/decision").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("decidedBy", equalTo("finance-user"));
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", not(hasItem("NOT_DEBARRED")));
    }

    private static void enterMajor(String uscc, LocalDate occurredOn, LocalDate decidedOn) {
        CreditApi.as("finance").body("""
                {"kind":"MAJOR_VIOLATION_OF_LAW","severity":"MAJOR","source":"COURT","evidenceReference":"处罚决定书",
                 "reason":"重大违法","occurredOn":"%s","decidedOn":"%s"}""".formatted(occurredOn, decidedOn))
                .post("/api/v1/suppliers/" + uscc + "/credit-records").then().statusCode(201);
    }

    private static void affiliate(String uscc, String affiliate, String relation) {
        CreditApi.as("civil-affairs").body("{\"affiliateUscc\":\"" + affiliate + "\",\"relation\":\"" + relation
                + "\"}").post("/api/v1/suppliers/" + uscc + "/affiliates").then().statusCode(201);
    }
}
