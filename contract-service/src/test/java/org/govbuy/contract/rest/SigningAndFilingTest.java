package org.govbuy.contract.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.contract.ContractFixtures;
import org.govbuy.contract.TestClock;
import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.testsupport.ChangeFeedPoller;
import org.govbuy.testsupport.Sql;

/** Both parties sign as themselves, the purchaser files, finance confirms; only then is the contract in force and public. */
@QuarkusTest
class SigningAndFilingTest {

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
    void signedByBothFiledAndConfirmedTheContractIsInForceAndItsKeyTermsPublic() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.drafted();
        f.completeDraft();
        f.supplierCalls().body("{\"account\":\"6222 0210 0101 2345 678\"}").put("/api/v1/contracts/" + id + "/bank-account")
                .then().statusCode(200);
        f.purchaser().body("{\"internalNote\":\"预算科已确认资金来源\"}").put("/api/v1/contracts/" + id + "/draft").then().statusCode(200);
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("purchaserSignature.by", equalTo("buyer-" + f.org))
                .body("purchaserSignature.at", notNullValue()).body("supplierSignature", nullValue());
        // the public sees nothing of an unsigned contract
        given().get("/api/v1/public/contracts/" + id).then().statusCode(404);
        f.supplierCalls().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("supplierSignature.by", equalTo("supplier-" + f.supplier))
                .body("publicationDueAt", notNullValue());
        f.purchaser().post("/api/v1/contracts/" + id + "/filing").then().statusCode(200).body("status", equalTo("FILING"));
        ContractFixtures.finance().post("/api/v1/contracts/" + id + "/filing/confirmation").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("filedBy", equalTo("finance-officer"));

        given().get("/api/v1/public/contracts/" + id).then().statusCode(200)
                .body("supplierUscc", equalTo(f.supplier)).body("amount", equalTo(600000.00f))
                .body("fundingLevels", equalTo(java.util.List.of("PROVINCE", "PREFECTURE", "COUNTY")))
                .body("serviceEndsOn", equalTo("2027-12-31")).body("status", equalTo("ACTIVE"))
                .body("$", not(org.hamcrest.Matchers.hasKey("supplierBankAccount")))
                .body("$", not(org.hamcrest.Matchers.hasKey("internalNote")))
                .body("$", not(org.hamcrest.Matchers.hasKey("clauses")));
        String page = given().get("/api/v1/public/contracts?region=310104&size=200").then().statusCode(200).extract().asString();
        assertThat(page).contains(id.toString()).doesNotContain("6222 0210").doesNotContain("预算科");
        // the supplier sees its bank account but never the purchaser's note; the purchaser sees both
        f.supplierCalls().get("/api/v1/contracts/" + id).then().body("supplierBankAccount", equalTo("6222 0210 0101 2345 678"))
                .body("internalNote", nullValue());
        f.purchaser().get("/api/v1/contracts/" + id).then().body("internalNote", equalTo("预算科已确认资金来源"));
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "' AND event_type IN "
                + "('govbuy.contract.contract.signed.v1', 'govbuy.contract.contract.filed.v1')")).isEqualTo(2);
        assertThat(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.contract.filed.v1'")).contains("\"targetForTerm\": 156.00")
                .contains("\"PROVINCE\"").doesNotContain("6222");
        // the public change feed has the contract in force with its key terms, not the deliverables' targets
        var filed = ChangeFeedPoller.entry("/api/v1/public/contracts/changes", "govbuy.contract.contract.filed.v1",
                id.toString(), java.time.Duration.ofSeconds(30));
        assertThat(filed.get("region")).isEqualTo("310104");
        assertThat(filed.get("data").toString()).contains(f.supplier).contains("PROVINCE").doesNotContain("targetForTerm");
        given().get("/api/v1/public/contracts/changes?limit=500").then().statusCode(200)
                .body("items.type", not(hasItem("govbuy.contract.contract.signed.v1")));
    }

    @Test
    void signingTwiceFilingUnsignedAndSigningAnIncompleteDraftAreRefusedAndChangeNothing() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.drafted();
        // no payment schedule yet
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(422)
                .body("violations[0].field", equalTo("installments"));
        f.completeDraft();
        f.purchaser().post("/api/v1/contracts/" + id + "/filing").then().statusCode(409)
                .body("detail", containsString("only a contract signed by both parties is filed"));
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200);
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(409)
                .body("detail", containsString("already signed"));
        f.purchaser().post("/api/v1/contracts/" + id + "/filing").then().statusCode(409);
        // signed by one party, the draft's terms are fixed
        f.purchaser().body(ContractFixtures.SCHEDULE).put("/api/v1/contracts/" + id + "/draft").then().statusCode(409);
        ContractFixtures.finance().post("/api/v1/contracts/" + id + "/filing/confirmation").then().statusCode(409);
        assertThat(Sql.text(db, "SELECT status || ':' || (purchaser_signed_at IS NOT NULL) || ':' || (supplier_signed_at IS NULL)"
                + " FROM contract WHERE id = '" + id + "'")).isEqualTo("DRAFT:true:true");
    }

    @Test
    void aTermLongerThanTwentyFourMonthsIsRefusedUntilShortenedAndThirtySixIsAllowedForAStableService() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        f.endsOn = "2029-01-15";
        UUID id = f.drafted();
        f.completeDraft();
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(422)
                .body("violations[0].field", equalTo("serviceEndsOn"))
                .body("violations[0].rule", containsString("at most 24 months"));
        f.purchaser().body("{\"serviceEndsOn\":\"2029-02-01\"}").put("/api/v1/contracts/" + id + "/draft").then().statusCode(422);
        f.purchaser().body("{\"serviceEndsOn\":\"2028-12-31\"}").put("/api/v1/contracts/" + id + "/draft").then().statusCode(200)
                .body("clauses.TERM", equalTo("2027-01-01 – 2028-12-31"));
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200);

        ContractFixtures stable = new ContractFixtures(bootstrap);
        stable.stable = true;
        stable.endsOn = "2029-12-31";
        stable.drafted();
        stable.completeDraft();
        stable.purchaser().post("/api/v1/contracts/" + stable.contract + "/signatures").then().statusCode(200);
    }

    @Test
    void fundingSharesOrInstallmentsThatDoNotAddUpAreRefusedAndTheDraftIsUnchanged() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.drafted();
        f.purchaser().body("""
                {"fundingShares":[{"level":"PROVINCE","weight":8.5},{"level":"PREFECTURE","weight":0.5},{"level":"COUNTY","weight":1}],
                 "installments":[{"trigger":"ON_SIGNING","share":30},{"trigger":"FINAL_EVALUATION","share":60}]}""")
                .put("/api/v1/contracts/" + id + "/draft").then().statusCode(422)
                .body("violations[0].field", equalTo("installments.share"))
                .body("violations[0].rule", containsString("sum to exactly 100 %"));
        f.purchaser().get("/api/v1/contracts/" + id).then().body("fundingShares.size()", equalTo(1));
        assertThat(Sql.count(db, "SELECT count(*) FROM installment WHERE contract_id = '" + id + "'")).isZero();
        f.purchaser().body("{\"fundingShares\":[{\"level\":\"PROVINCE\",\"weight\":1},{\"level\":\"PROVINCE\",\"weight\":1}]}")
                .put("/api/v1/contracts/" + id + "/draft").then().statusCode(422)
                .body("violations[0].field", equalTo("fundingShares.level"));
        f.purchaser().body("{\"clauses\":{\"NO_SUBCONTRACTING\":\" \"}}").put("/api/v1/contracts/" + id + "/draft")
                .then().statusCode(422).body("violations[0].field", equalTo("clauses.NO_SUBCONTRACTING"));
    }

    @Test
    void theKeyTermsArePublishedByTheSecondWorkingDayAfterSigningEvenIfNotYetFiled() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.drafted();
        f.completeDraft();
        // signed on Friday 25 Dec 2026 (Shanghai): two working days later is Tuesday 29 Dec
        clock.travelTo(Instant.parse("2026-12-25T03:00:00Z"));
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200);
        f.supplierCalls().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200)
                .body("publicationDueAt", equalTo("2026-12-29T16:00:00Z"));
        clock.travelTo(Instant.parse("2026-12-29T15:59:00Z"));
        jobs.runDue();
        given().get("/api/v1/public/contracts/" + id).then().statusCode(404);
        clock.travelTo(Instant.parse("2026-12-29T16:00:01Z"));
        jobs.runDue();
        given().get("/api/v1/public/contracts/" + id).then().statusCode(200).body("status", equalTo("SIGNED"));
    }

    @Test
    void eachPartySeesOnlyItsOwnContracts() {
        ContractFixtures mine = new ContractFixtures(bootstrap);
        UUID id = mine.drafted();
        ContractFixtures other = new ContractFixtures(bootstrap);
        other.drafted();
        // another supplier and another department get 404: the contract does not exist for them
        ContractFixtures.supplier(other.supplier).get("/api/v1/contracts/" + id).then().statusCode(404);
        ContractFixtures.purchaserOf(other.org).get("/api/v1/contracts/" + id).then().statusCode(404);
        ContractFixtures.supplier(other.supplier).post("/api/v1/contracts/" + id + "/signatures").then().statusCode(404);
        ContractFixtures.purchaserOf(other.org).body(ContractFixtures.SCHEDULE).put("/api/v1/contracts/" + id + "/draft")
                .then().statusCode(404);
        // lists hold only the caller's own
        mine.supplierCalls().get("/api/v1/contracts").then().statusCode(200).body("items.id", hasItem(id.toString()))
                .body("items.id", not(hasItem(other.contract.toString())));
        ContractFixtures.purchaserOf(other.org).get("/api/v1/contracts").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString()))).body("items.id", hasItem(other.contract.toString()));
        // finance of another district does not see it either
        ContractFixtures.as(org.govbuy.testsupport.TestTokens.forAudience("govbuy-contract").roles("finance")
                .claim("region", "310105").sign()).get("/api/v1/contracts/" + id).then().statusCode(404);
    }

    @Test
    void aConsortiumMemberSeesTheContractButOnlyTheLeadSigns() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        String member = ContractFixtures.newUscc();
        f.members = "[\"" + member + "\"]";
        UUID id = f.drafted();
        f.completeDraft();
        ContractFixtures.supplier(member).get("/api/v1/contracts/" + id).then().statusCode(200);
        ContractFixtures.supplier(member).get("/api/v1/contracts").then().body("items.id", hasItem(id.toString()));
        ContractFixtures.supplier(member).post("/api/v1/contracts/" + id + "/signatures").then().statusCode(403);
        f.supplierCalls().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200);
    }
}
