package org.govbuy.credit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.testsupport.Sql;

/**
 * Writes are limited to the caller's region: civil affairs keeps the register of the organisations
 * in its region (a city's office also of its districts'); a conduct record answers to the region
 * that entered it. Reads stay open to every official, as a purchaser anywhere must see a supplier.
 */
@QuarkusTest
class CreditJurisdictionTest {

    private static final String HAIDIAN = "110108";
    private static final String CHAOYANG = "110105";
    private static final String SHANGHAI = "310000";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    org.govbuy.credit.TestClock clock;

    @Inject
    org.govbuy.credit.service.DailySupplierPass dailyPass;

    @org.junit.jupiter.api.AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void civilAffairsRegistersAndKeepsTheRegisterOnlyOfItsOwnRegion() {
        String uscc = TestSuppliers.newUscc();
        CreditApi.as("civil-affairs", SHANGHAI).body(TestSuppliers.registrationJson(uscc, "跨区登记协会"))
                .post("/api/v1/suppliers").then().statusCode(403).contentType("application/problem+json");
        CreditApi.as("civil-affairs", CHAOYANG).body(TestSuppliers.registrationJson(uscc, "跨区登记协会"))
                .post("/api/v1/suppliers").then().statusCode(403);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM supplier WHERE uscc = '" + uscc + "'")).isZero();
        CreditApi.as("civil-affairs", HAIDIAN).body(TestSuppliers.registrationJson(uscc, "跨区登记协会"))
                .post("/api/v1/suppliers").then().statusCode(201);

        for (String outsider : new String[] { SHANGHAI, CHAOYANG }) {
            CreditApi.as("civil-affairs", outsider).body("{\"name\":\"改名协会\"}").patch("/api/v1/suppliers/" + uscc)
                    .then().statusCode(403);
            CreditApi.as("civil-affairs", outsider).body("{\"level\":\"A5\",\"ratedOn\":\"" + TODAY
                    + "\",\"authority\":\"上海市民政局\"}").put("/api/v1/suppliers/" + uscc + "/rating").then()
                    .statusCode(403);
            CreditApi.as("civil-affairs", outsider).body("{\"result\":\"FAILED\"}")
                    .put("/api/v1/suppliers/" + uscc + "/inspections/2025").then().statusCode(403);
            CreditApi.as("civil-affairs", outsider).body("{\"kind\":\"TAX\",\"inGoodStanding\":false,\"asOf\":\""
                    + TODAY + "\",\"evidenceReference\":\"x\"}").post("/api/v1/suppliers/" + uscc + "/compliance")
                    .then().statusCode(403);
            CreditApi.as("civil-affairs", outsider).body("{\"reason\":\"注销\"}")
                    .post("/api/v1/suppliers/" + uscc + "/deregistration").then().statusCode(403);
        }
        // the Beijing office acts for its districts; nobody moves an organisation into a region not theirs
        CreditApi.as("civil-affairs", "110000").body("{\"name\":\"市局改名协会\"}").patch("/api/v1/suppliers/" + uscc)
                .then().statusCode(200);
        CreditApi.as("civil-affairs", HAIDIAN).body("{\"region\":\"310104\"}").patch("/api/v1/suppliers/" + uscc)
                .then().statusCode(403);
        CreditApi.as("purchaser", SHANGHAI).get("/api/v1/suppliers/" + uscc).then().statusCode(200)
                .body("name", equalTo("市局改名协会")).body("status", equalTo("ACTIVE"))
                .body("ratingLevel", equalTo("NONE"));
    }

    @Test
    void aConductRecordAnswersToTheRegionThatEnteredIt() {
        String uscc = CreditApi.registerSupplier("跨区履约协会");
        String record = CreditApi.as("finance", SHANGHAI).body("""
                {"kind":"CONTRACT_BREACH","severity":"GENERAL","source":"FINANCE","evidenceReference":"沪财〔2026〕1号",
                 "reason":"在上海履约不到位","occurredOn":"%s"}""".formatted(TODAY))
                .post("/api/v1/suppliers/" + uscc + "/credit-records").then().statusCode(201).extract().path("id");

        CreditApi.as("finance", HAIDIAN).body("{\"reason\":\"不认可\"}")
                .post("/api/v1/credit/records/" + record + "/revocation").then().statusCode(403);
        CreditApi.as("finance", HAIDIAN).body("{\"severity\":\"MINOR\",\"occurredOn\":\"" + TODAY
                + "\",\"reason\":\"改轻\"}").post("/api/v1/credit/records/" + record + "/correction").then()
                .statusCode(403);
        CreditApi.as("finance", "310104").body("{\"severity\":\"MINOR\",\"occurredOn\":\"" + TODAY
                + "\",\"reason\":\"区级改轻\"}").post("/api/v1/credit/records/" + record + "/correction").then()
                .statusCode(403);
        CreditApi.as("finance", SHANGHAI).body("{\"severity\":\"MINOR\",\"occurredOn\":\"" + TODAY
                + "\",\"reason\":\"复核改轻\"}").post("/api/v1/credit/records/" + record + "/correction").then()
                .statusCode(200).body("severity", equalTo("MINOR"));
        CreditApi.as("finance", "").body("""
                {"kind":"CONTRACT_BREACH","severity":"GENERAL","source":"FINANCE","evidenceReference":"x",
                 "reason":"无地区","occurredOn":"%s"}""".formatted(TODAY))
                .post("/api/v1/suppliers/" + uscc + "/credit-records").then().statusCode(403);
    }

    @Test
    void onlyTheRegionAnsweringForTheViolationReinstatesADebarredSupplier() {
        String uscc = CreditApi.registerSupplier("跨区失信协会");
        CreditApi.as("finance", SHANGHAI).body("""
                {"kind":"MAJOR_VIOLATION_OF_LAW","severity":"MAJOR","source":"COURT","evidenceReference":"沪判1号",
                 "reason":"重大违法","occurredOn":"%s"}""".formatted(TODAY))
                .post("/api/v1/suppliers/" + uscc + "/credit-records").then().statusCode(201);
        clock.travel(java.time.Duration.ofDays(10)); // the notice's statement period runs out
        dailyPass.passFor(uscc);
        String debarment = CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/debarments").then()
                .extract().path("[0].id");
        CreditApi.as("civil-affairs", HAIDIAN).body("{\"reason\":\"撤销\"}")
                .post("/api/v1/credit/debarments/" + debarment + "/reinstatement").then().statusCode(403);
        CreditApi.as("finance", SHANGHAI).body("{\"reason\":\"复议撤销\"}")
                .post("/api/v1/credit/debarments/" + debarment + "/reinstatement").then().statusCode(200);
    }

    @Test
    void anOnDemandDisclosureCheckCoversTheCallersRegionOnly() {
        String uscc = CreditApi.registerSupplier("按区检查协会", "2015-06-01");
        CreditApi.as("civil-affairs", SHANGHAI).post("/api/v1/credit/disclosure-checks").then().statusCode(200);
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then().body("$", empty());
        CreditApi.as("civil-affairs", HAIDIAN).post("/api/v1/credit/disclosure-checks").then().statusCode(200);
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + uscc + "/disclosures").then()
                .body("$", not(empty()));
    }
}
