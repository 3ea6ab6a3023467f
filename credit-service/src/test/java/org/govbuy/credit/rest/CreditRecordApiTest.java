package org.govbuy.credit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;

/** Credit records through the API: entry, the level they move, contest and revocation, who sees what. */
import org.govbuy.testsupport.Sql;

@QuarkusTest
class CreditRecordApiTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLevelChangedEventIsEmittedOncePerChangeOfLevel() {
        String uscc = CreditApi.registerSupplier("青松养老服务中心");
        CreditApi.enterRecord(uscc, "CONTRACT_BREACH", "MINOR", TODAY);   // 88: A
        CreditApi.enterRecord(uscc, "CONTRACT_BREACH", "MINOR", TODAY);   // 86: A
        CreditApi.enterRecord(uscc, "FALSE_INFORMATION", "SERIOUS", TODAY); // 71: B

        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc).then()
                .body("creditLevel", equalTo("B")).body("creditScore", equalTo(71.0f));
        var changes = CreditApi.events(bootstrap, uscc, "govbuy.credit.credit-level.changed.v1", 1);
        var added = CreditApi.events(bootstrap, uscc, "govbuy.credit.credit-record.added.v1", 3);
        assertThat(added).hasSize(3);
        assertThat(changes).hasSize(1);
        var change = CreditApi.data(changes.get(0));
        assertThat(change.get("previousLevel").asText()).isEqualTo("A");
        assertThat(change.get("level").asText()).isEqualTo("B");
        assertThat(change.get("standing").get("creditLevel").asText()).isEqualTo("B");
    }

    @Test
    void aSupplierContestsItsRecordAndARevocationIsKeptInTheTrail() {
        String uscc = CreditApi.registerSupplier("心语社工事务所");
        String other = CreditApi.registerSupplier("另一家社会组织");
        String record = CreditApi.enterRecord(uscc, "ABANDONED_AWARD", "SERIOUS", TODAY);

        CreditApi.asSupplier(other).body("{\"reason\":\"不是我们\"}").post("/api/v1/credit/records/" + record + "/contest")
                .then().statusCode(403);
        CreditApi.asSupplier(uscc).body("{\"reason\":\"中标通知书送达地址错误，未放弃中标\","
                + "\"evidenceReference\":\"EMS 回执 1234567890\"}")
                .post("/api/v1/credit/records/" + record + "/contest")
                .then().statusCode(200).body("status", equalTo("CONTESTED"))
                .body("trail[0].evidenceReference", equalTo("EMS 回执 1234567890"));
        CreditApi.asSupplier(uscc).body("{\"reason\":\"again\"}").post("/api/v1/credit/records/" + record + "/contest")
                .then().statusCode(409).contentType("application/problem+json");
        CreditApi.as("civil-affairs").body("{\"reason\":\"核实送达错误，撤销记录\"}")
                .post("/api/v1/credit/records/" + record + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("trail.action", org.hamcrest.Matchers.contains("CONTESTED", "REVOKED"))
                .body("trail[1].by", equalTo("civil-affairs-user"));

        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/credit-report").then().statusCode(200)
                .body("score.score", equalTo(90.0f)).body("score.contributions", hasSize(0))
                .body("records[0].status", equalTo("REVOKED"));
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.credit-record.revoked.v1", 1)).hasSize(1);
    }

    @Test
    void aSupplierReadsItsOwnCreditReportButNotAnothers() {
        String uscc = CreditApi.registerSupplier("自身报告协会");
        String other = CreditApi.registerSupplier("他人报告协会");
        CreditApi.enterRecord(other, "CONTRACT_BREACH", "GENERAL", TODAY);

        CreditApi.asSupplier(uscc).get("/api/v1/suppliers/" + uscc + "/credit-report").then().statusCode(200);
        CreditApi.asSupplier(uscc).get("/api/v1/suppliers/" + other + "/credit-report").then().statusCode(403);
        CreditApi.asSupplier(uscc).get("/api/v1/suppliers/" + other + "/credit-records").then().statusCode(403);
        CreditApi.as("expert").get("/api/v1/suppliers/" + other + "/credit-report").then().statusCode(403);
        CreditApi.as("auditor").get("/api/v1/suppliers/" + other + "/credit-report").then().statusCode(200)
                .body("records[0].evidenceReference", containsString("京财监"))
                .body("score.contributions[0].contribution", equalTo(-5.0f));
    }

    @Test
    void thePublicSeesLevelAndStatusButNeverEvidenceOrInternalNotes() {
        String uscc = CreditApi.registerSupplier("星光敬老协会测试" + System.nanoTime() % 1000);
        CreditApi.enterRecord(uscc, "CONTRACT_BREACH", "GENERAL", TODAY);

        String profile = given().get("/api/v1/public/suppliers/" + uscc).then().statusCode(200)
                .body("creditLevel", equalTo("A")).extract().asString();
        String search = given().queryParam("q", "敬老").get("/api/v1/public/suppliers").then().statusCode(200)
                .body("items.uscc", hasItem(uscc)).body("total", org.hamcrest.Matchers.greaterThan(0))
                .extract().asString();
        for (String body : new String[] { profile, search }) {
            assertThat(body).doesNotContain("京财监").doesNotContain("内部核查意见").doesNotContain("registeredBy")
                    .doesNotContain("evidence");
        }
        given().queryParam("q", uscc.substring(0, 12)).get("/api/v1/public/suppliers").then()
                .body("items.uscc", hasItem(uscc));
        given().queryParam("q", "100%_").get("/api/v1/public/suppliers").then().statusCode(200)
                .body("items.uscc", not(hasItem(uscc)));
        given().queryParam("size", 500).get("/api/v1/public/suppliers").then().statusCode(400);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        String uscc = CreditApi.registerSupplier("输入校验协会");
        String future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
        CreditApi.as("finance").body("""
                {"kind":"BRIBERY","severity":"MAJOR","source":"FINANCE","evidenceReference":"x","reason":"y",
                 "occurredOn":"2026-01-01"}""").post("/api/v1/suppliers/" + uscc + "/credit-records")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        CreditApi.as("finance").body("""
                {"kind":"CONTRACT_BREACH","severity":"MAJOR","source":"FINANCE","evidenceReference":"x","reason":"y",
                 "occurredOn":"%s"}""".formatted(future)).post("/api/v1/suppliers/" + uscc + "/credit-records")
                .then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        CreditApi.as("finance").body("""
                {"kind":"CONTRACT_BREACH","severity":"NONE","source":"FINANCE","evidenceReference":"x","reason":"",
                 "occurredOn":"2026-01-01"}""").post("/api/v1/suppliers/" + uscc + "/credit-records")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        CreditApi.as("finance").body("""
                {"kind":"CONTRACT_BREACH","severity":"NONE","source":"FINANCE","evidenceReference":"x","reason":"y",
                 "occurredOn":"2026-01-01"}""").post("/api/v1/suppliers/" + uscc + "/credit-records")
                .then().statusCode(400).body("violations[0].field", equalTo("severity"));
        CreditApi.as("purchaser").body("""
                {"kind":"CONTRACT_BREACH","severity":"MINOR","source":"FINANCE","evidenceReference":"x","reason":"y",
                 "occurredOn":"2026-01-01"}""").post("/api/v1/suppliers/" + uscc + "/credit-records")
                .then().statusCode(403);
        assertThat(count("SELECT count(*) FROM credit_record WHERE uscc = '" + uscc + "'")).isZero();
    }

    private long count(String sql) {
        return Sql.count(dataSource, sql);
    }
}
