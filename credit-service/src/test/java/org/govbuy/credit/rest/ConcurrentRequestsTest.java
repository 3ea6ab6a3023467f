package org.govbuy.credit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.testsupport.Sql;

/**
 * Two requests racing on one supplier. To make them really overlap, the test holds a table lock
 * that both requests' writes wait for, until both are waiting; then it lets them go.
 */
@QuarkusTest
class ConcurrentRequestsTest {

    private final ExecutorService parallel = Executors.newFixedThreadPool(2);

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void stopThreads() {
        parallel.shutdownNow();
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void twoRacingRegistrationsOfOneCodeGiveOne201AndOne409() throws Exception {
        String uscc = TestSuppliers.newUscc();
        Supplier<Response> register = () -> CreditApi.as("civil-affairs")
                .body(TestSuppliers.registrationJson(uscc, "并发登记协会")).post("/api/v1/suppliers");

        List<Response> answers = whileHolding("LOCK TABLE supplier IN SHARE MODE", register, register);

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
        Response conflict = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM supplier WHERE uscc = '" + uscc + "'")).isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + uscc + "'"))
                .isEqualTo(1);
    }

    @Test
    void aUniqueKeyBrokenAtCommitIsA409NotA500() throws Exception {
        String uscc = CreditApi.registerSupplier("并发关联母机构");
        String affiliate = CreditApi.registerSupplier("并发关联子机构");
        Supplier<Response> name = () -> CreditApi.as("civil-affairs")
                .body("{\"affiliateUscc\":\"" + affiliate + "\",\"relation\":\"SUBSIDIARY\"}")
                .post("/api/v1/suppliers/" + uscc + "/affiliates");

        List<Response> answers = whileHolding("LOCK TABLE supplier_affiliate IN SHARE MODE", name, name);

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
        assertThat(answers).allMatch(r -> r.statusCode() == 201 || r.contentType().startsWith("application/problem+json"));
    }

    @Test
    void twoRacingChangesOfOneSupplierEachAnnounceAStandingThatIncludesTheOther() throws Exception {
        String uscc = CreditApi.registerSupplier("并发变更协会", "2012-01-01");
        Supplier<Response> inspection = () -> CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\"}")
                .put("/api/v1/suppliers/" + uscc + "/inspections/2024");
        Supplier<Response> arrears = () -> CreditApi.as("civil-affairs").body("""
                {"kind":"TAX","inGoodStanding":false,"asOf":"2026-01-05","evidenceReference":"税务局函〔2026〕1号"}""")
                .post("/api/v1/suppliers/" + uscc + "/compliance");

        // both compute their event while the other has not committed, then wait to write it
        List<Response> answers = whileHolding("LOCK TABLE outbox_event IN SHARE MODE", inspection, arrears);

        assertThat(answers).extracting(Response::statusCode).allMatch(status -> status == 200 || status == 201);
        var events = CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.updated.v1", 2);
        assertThat(events).hasSize(2);
        var last = CreditApi.data(events.get(1)).get("standing");
        assertThat(last.get("latestInspectionYear").asInt()).as("the later event knows the inspection").isEqualTo(2024);
        assertThat(last.get("taxInGoodStanding").asBoolean()).as("the later event knows the arrears").isFalse();
        assertThat(events).extracting(e -> org.govbuy.testsupport.TopicReader.header(e, "ce_sequence"))
                .containsExactly("2", "3");
    }

    /** Runs the requests in parallel while {@code lock} is held, releasing it once both wait. */
    private List<Response> whileHolding(String lock, Supplier<Response> first, Supplier<Response> second)
            throws SQLException {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute(lock);
            long waitingBefore = waitingOnLocks();
            // two threads of their own: the common pool has one thread on a 2-core machine
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(first, parallel);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(second, parallel);
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLocks() >= waitingBefore + 2);
            holder.rollback();
            return List.of(a.join(), b.join());
        }
    }

    private long waitingOnLocks() {
        return Sql.count(dataSource, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'");
    }
}
