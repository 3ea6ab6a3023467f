package org.govbuy.credit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.testsupport.Sql;

/** A portal that repeats a creating POST with the same Idempotency-Key gets the first answer, once. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    AgroalDataSource dataSource;

    private Response register(String key, String uscc, String name) {
        return CreditApi.as("civil-affairs").header("Idempotency-Key", key)
                .body(TestSuppliers.registrationJson(uscc, name)).post("/api/v1/suppliers");
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstResponseAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String uscc = TestSuppliers.newUscc();
        Response first = register(key, uscc, "幂等登记协会");
        Response repeat = register(key, uscc, "幂等登记协会");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.jsonPath().getString("registeredAt")).isEqualTo(first.jsonPath().getString("registeredAt"));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + uscc + "'"))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        register(key, TestSuppliers.newUscc(), "第一个请求协会").then().statusCode(201);
        String other = TestSuppliers.newUscc();

        register(key, other, "另一个请求协会").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));

        assertThat(Sql.count(dataSource, "SELECT count(*) FROM supplier WHERE uscc = '" + other + "'")).isZero();
    }

    @Test
    void twoConcurrentRequestsWithOneKeyCreateOneRecord() throws Exception {
        String uscc = CreditApi.registerSupplier("并发幂等协会");
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind":"FALSE_INFORMATION","severity":"GENERAL","source":"FINANCE","evidenceReference":"京财监〔2026〕9号",
                 "reason":"材料不实","occurredOn":"2026-01-10"}""";
        ExecutorService parallel = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            // the first request waits to write its record, the second waits on the key
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE credit_record IN SHARE MODE");
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> CreditApi.as("finance")
                    .header("Idempotency-Key", key).body(body).post("/api/v1/suppliers/" + uscc + "/credit-records"),
                    parallel);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> CreditApi.as("finance")
                    .header("Idempotency-Key", key).body(body).post("/api/v1/suppliers/" + uscc + "/credit-records"),
                    parallel);
            await().atMost(Duration.ofSeconds(20)).until(() -> Sql.count(dataSource, "SELECT count(*) FROM"
                    + " pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") >= 2);
            holder.rollback();
            Response first = a.join();
            Response second = b.join();
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(second.statusCode()).isEqualTo(201);
            assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        } finally {
            parallel.shutdownNow();
        }
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM credit_record WHERE uscc = '" + uscc + "'")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCallerAndMustBePlain() {
        String key = UUID.randomUUID().toString();
        register(key, TestSuppliers.newUscc(), "甲调用者协会").then().statusCode(201);
        String uscc = TestSuppliers.newUscc();
        org.govbuy.testsupport.TestTokens token = org.govbuy.testsupport.TestTokens
                .forAudience(org.govbuy.credit.TestInfrastructure.AUDIENCE).subject("another-official")
                .roles("civil-affairs").claim("region", "110108");
        io.restassured.RestAssured.given().header("Authorization", token.bearer()).header("Idempotency-Key", key)
                .contentType("application/json").body(TestSuppliers.registrationJson(uscc, "乙调用者协会"))
                .post("/api/v1/suppliers").then().statusCode(201).body("uscc", equalTo(uscc));
        register("键 with spaces", TestSuppliers.newUscc(), "非法键协会").then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
    }
}
