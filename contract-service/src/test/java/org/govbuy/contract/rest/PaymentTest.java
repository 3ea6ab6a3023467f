package org.govbuy.contract.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.contract.ContractFixtures;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;

/**
 * Payments: up to what the trigger released, approved by another person, paid with a cent-exact
 * split by funding level; evaluation results release their installments by grade (评估兑现).
 */
@QuarkusTest
class PaymentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    private static String request(int installment, String amount) {
        return "{\"installment\":" + installment + ",\"amount\":" + amount + "}";
    }

    @Test
    void theSigningInstallmentIsRequestedApprovedByAnotherPersonAndPaidSplitByFundingLevel() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        // 30 % of 600,000 is payable on signing; the rest waits for its triggers
        f.payments().then().statusCode(200).body("installments[0].payable", equalTo(180000.00f))
                .body("installments[1].payable", equalTo(null)).body("installments[2].payable", equalTo(null));
        f.purchaser().body(request(2, "100.00")).post("/api/v1/contracts/" + id + "/payments").then().statusCode(422)
                .body("violations[0].field", equalTo("amount")).body("violations[0].rule", containsString("at most 0.00"));
        f.purchaser().body(request(1, "180000.01")).post("/api/v1/contracts/" + id + "/payments").then().statusCode(422)
                .body("violations[0].rule", containsString("at most 180000.00"));
        String paymentId = f.purchaser().body(request(1, "100000.01")).post("/api/v1/contracts/" + id + "/payments")
                .then().statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id");

        // four eyes: someone who holds both roles and requested it cannot approve it
        String both = TestTokens.forAudience("govbuy-contract").subject("buyer-" + f.org).roles("purchaser", "finance")
                .claim("org_code", f.org).claim("region", "310104").sign();
        ContractFixtures.as(both).body("{\"approved\":true}").post("/api/v1/contracts/" + id + "/payments/" + paymentId
                + "/decision").then().statusCode(409).body("detail", containsString("four eyes"));
        ContractFixtures.finance().body("{\"paidOn\":\"2026-11-20\"}").post("/api/v1/contracts/" + id + "/payments/"
                + paymentId + "/paid").then().statusCode(409);
        ContractFixtures.finance().body("{\"approved\":true}").post("/api/v1/contracts/" + id + "/payments/" + paymentId
                + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));
        ContractFixtures.financeAs("cashier").body("{\"paidOn\":\"2026-11-20\"}").post("/api/v1/contracts/" + id
                + "/payments/" + paymentId + "/paid").then().statusCode(200).body("status", equalTo("PAID"))
                .body("fiscalYear", equalTo(2026))
                // 6 : 2 : 2 of 100,000.01 — 60,000.006, 20,000.002, 20,000.002 — the leftover cent to the largest remainder
                .body("funding.level", equalTo(List.of("PROVINCE", "PREFECTURE", "COUNTY")))
                .body("funding.amount", equalTo(List.of(60000.01f, 20000.00f, 20000.00f)));

        JsonPath view = f.payments().then().statusCode(200).extract().jsonPath();
        assertThat(view.getFloat("totalPaid")).isEqualTo(100000.01f);
        assertThat(view.getList("funding.levels.carries", Float.class)).containsExactly(360000f, 120000f, 120000f);
        assertThat(view.getList("funding.levels.paid", Float.class)).containsExactly(60000.01f, 20000f, 20000f);
        assertThat(view.getList("funding.paidByYear.fiscalYear", Integer.class)).containsOnly(2026);
        // finance's report over its district for 2026 holds this payment's parts (and other contracts' beside
        // them); a neighbouring district's finance sees none of them
        JsonPath report = ContractFixtures.finance().get("/api/v1/contracts/funding?fiscalYear=2026").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("level", String.class)).contains("PROVINCE", "PREFECTURE", "COUNTY");
        assertThat(report.getList("fiscalYear", Integer.class)).containsOnly(2026);
        assertThat(report.getFloat("find { it.level == 'PROVINCE' }.paid")).isGreaterThanOrEqualTo(60000.01f);
        ContractFixtures.as(TestTokens.forAudience("govbuy-contract").roles("finance").claim("region", "310105").sign())
                .get("/api/v1/contracts/funding?fiscalYear=2026").then().statusCode(200)
                .body("size()", equalTo(0));
        String event = Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.payment.paid.v1'");
        assertThat(event).contains("\"fiscalYear\": 2026").contains("60000.01").contains("\"totalPaid\": 100000.01");
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND event_type = 'govbuy.contract.payment.approved.v1'")).isEqualTo(1);
    }

    @Test
    void twoConcurrentRequestsNeverCommitMoreThanIsPayable() throws Exception {
        for (int round = 0; round < 3; round++) {
            ContractFixtures f = new ContractFixtures(bootstrap);
            UUID id = f.active();
            // 180,000 payable: each of two racing requests asks 120,000; only one may succeed
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> racing = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
                var spec = f.purchaser().body(request(1, "120000.00"));
                arrive(start);
                return spec.post("/api/v1/contracts/" + id + "/payments").then().extract().statusCode();
            })).toList();
            List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).containsExactly(201, 422);
            assertThat(Sql.text(db, "SELECT sum(amount)::text FROM payment WHERE contract_id = '" + id + "'"))
                    .isEqualTo("120000.00");
        }
    }

    private static void arrive(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachGradeReleasesItsShareOfTheEvaluationInstallment() {
        record Case(String grade, Float payable, boolean rectification) {
        }
        for (Case c : List.of(new Case("EXCELLENT", 180000f, false), new Case("GOOD", 180000f, false),
                new Case("PASS", 162000f, false), new Case("FAIL", 0f, true))) {
            ContractFixtures f = new ContractFixtures(bootstrap);
            UUID id = f.active();
            f.sendEvaluation("ev-" + UUID.randomUUID(), "MID_TERM", c.grade(), false);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> f.payments().then()
                    .body("installments[2].payable", equalTo(c.payable()))
                    .body("installments[2].grade", equalTo(c.grade()))
                    .body("installments[2].policyVersion", equalTo("2026.1"))
                    .body("installments[2].rectificationRequired", equalTo(c.rectification())));
            // the final evaluation's installment is untouched by a mid-term result
            f.payments().then().body("installments[3].payable", equalTo(null));
            assertThat(id).isNotNull();
        }
    }

    @Test
    void aFailWithholdsEverythingUntilAPassedReEvaluationAndTheSameResultTwiceChangesNothing() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.active();
        String failed = "ev-" + UUID.randomUUID();
        f.sendEvaluation(failed, "MID_TERM", "FAIL", false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> f.payments().then()
                .body("installments[2].payable", equalTo(0f)).body("installments[2].withheld", equalTo(180000f)));
        f.purchaser().body(request(3, "1.00")).post("/api/v1/contracts/" + id + "/payments").then().statusCode(422);
        // a second ordinary result does not undo the fail; only a re-evaluation does
        f.sendEvaluation("ev-" + UUID.randomUUID(), "MID_TERM", "EXCELLENT", false);
        String reEvaluation = "ev-" + UUID.randomUUID();
        f.sendEvaluation(reEvaluation, "MID_TERM", "GOOD", true);
        f.sendEvaluation(reEvaluation, "MID_TERM", "GOOD", true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> f.payments().then()
                .body("installments[2].payable", equalTo(180000f)).body("installments[2].rectificationRequired", equalTo(false)));
        assertThat(Sql.count(db, "SELECT count(*) FROM evaluation_result WHERE contract_id = '" + id + "'")).isEqualTo(3);
        f.purchaser().body(request(3, "180000.00")).post("/api/v1/contracts/" + id + "/payments").then().statusCode(201);
    }

    @Test
    void noPaymentIsRequestedBeforeTheContractIsInForce() {
        ContractFixtures f = new ContractFixtures(bootstrap);
        UUID id = f.drafted();
        f.completeDraft();
        f.purchaser().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200);
        f.supplierCalls().post("/api/v1/contracts/" + id + "/signatures").then().statusCode(200);
        f.purchaser().body(request(1, "10.00")).post("/api/v1/contracts/" + id + "/payments").then().statusCode(409)
                .body("detail", containsString("active"));
        ContractFixtures.supplier(f.supplier).body(request(1, "10.00")).post("/api/v1/contracts/" + id + "/payments")
                .then().statusCode(403);
        assertThat(Sql.count(db, "SELECT count(*) FROM payment WHERE contract_id = '" + id + "'")).isZero();
    }
}
