package org.govbuy.contract.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.contract.ContractFixtures;
import org.govbuy.testsupport.Sql;

/** Amendments: within the term limit and at most 10 % over the amount first signed; both sign; finance re-files. */
@QuarkusTest
class AmendmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    private static final String RAISE = """
            {"reason":"服务对象增加","newAmount":660000.00,"newEndsOn":"2028-06-30",
             "installments":[{"trigger":"ON_SIGNING","amount":180000.00},{"trigger":"MILESTONE_ACCEPTED","amount":60000.00,"milestone":1},
                             {"trigger":"MID_TERM_EVALUATION","amount":210000.00},{"trigger":"FINAL_EVALUATION","amount":210000.00}]}""";

    @Test
    void anAmendmentSignedByBothAndReFiledChangesTheContract() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        String base = "/api/v1/contracts/" + id + "/amendments";
        f.purchaser().body(RAISE).post(base).then().statusCode(201).body("number", equalTo(1)).body("status", equalTo("PROPOSED"));
        // one amendment at a time
        f.purchaser().body(RAISE).post(base).then().statusCode(409);
        f.purchaser().post(base + "/1/filing").then().statusCode(409);
        f.purchaser().post(base + "/1/signatures").then().statusCode(200);
        f.purchaser().post(base + "/1/signatures").then().statusCode(409);
        f.supplierCalls().post(base + "/1/signatures").then().statusCode(200).body("status", equalTo("SIGNED"));
        // not in force until finance confirms the re-filing
        f.purchaser().get("/api/v1/contracts/" + id).then().body("amount", equalTo(600000f));
        f.purchaser().post(base + "/1/filing").then().statusCode(200).body("status", equalTo("FILING"));
        ContractFixtures.finance().post(base + "/1/filing/confirmation").then().statusCode(200).body("status", equalTo("FILED"));
        f.purchaser().get("/api/v1/contracts/" + id).then().body("amount", equalTo(660000f))
                .body("originalAmount", equalTo(600000f)).body("serviceEndsOn", equalTo("2028-06-30"))
                .body("clauses.TERM", equalTo("2027-01-01 – 2028-06-30"));
        f.payments().then().body("installments[2].amount", equalTo(210000f)).body("installments[0].payable", equalTo(180000f));
        assertThat(Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.contract.amended.v1'")).contains("\"amount\": 660000.00");
    }

    @Test
    void anAmendmentBeyondTenPercentOrTheTermLimitOrRewritingAReleasedInstallmentIsRefused() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        String base = "/api/v1/contracts/" + id + "/amendments";
        f.purchaser().body(RAISE.replace("660000.00", "660000.01").replace("\"amount\":210000.00}]", "\"amount\":210000.01}]"))
                .post(base).then().statusCode(422).body("violations[0].field", equalTo("newAmount"))
                .body("violations[0].rule", containsString("at most 660000.00"));
        f.purchaser().body(RAISE.replace("2028-06-30", "2029-01-01")).post(base).then().statusCode(422)
                .body("violations[0].field", equalTo("newEndsOn")).body("violations[0].rule", containsString("24 months"));
        f.purchaser().body(RAISE.replace("{\"trigger\":\"ON_SIGNING\",\"amount\":180000.00}", "{\"trigger\":\"ON_SIGNING\",\"amount\":170000.00}")
                .replace("\"amount\":210000.00}]", "\"amount\":220000.00}]")).post(base).then().statusCode(422)
                .body("violations[0].rule", containsString("has been released"));
        f.purchaser().body("{\"reason\":\"加量\",\"newAmount\":650000.00}").post(base).then().statusCode(422)
                .body("violations[0].field", equalTo("installments"));
        assertThat(Sql.count(db, "SELECT count(*) FROM amendment WHERE contract_id = '" + id + "'")).isZero();
        // a draft is changed directly, not amended
        ContractFixtures draft = new ContractFixtures(bootstrap);
        draft.drafted();
        draft.purchaser().body(RAISE).post("/api/v1/contracts/" + draft.contract + "/amendments").then().statusCode(409);
    }
}
