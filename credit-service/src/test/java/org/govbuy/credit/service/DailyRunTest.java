package org.govbuy.credit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestClock;
import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.testsupport.Sql;

/** The daily credit run is a durable job: once across instances, per supplier, caught up after downtime. */
@QuarkusTest
class DailyRunTest {

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aDailyRunMissedWhileTheServiceWasDownRunsOnceAcrossTwoInstancesOneJobPerSupplier() throws Exception {
        CreditApi.registerSupplier("日常任务协会甲");
        CreditApi.registerSupplier("日常任务协会乙");
        runner.scheduleNextOccurrences();
        String occurrence = Sql.text(dataSource, "SELECT job_key FROM scheduled_job WHERE kind = 'credit.daily-run'"
                + " AND done_at IS NULL");
        assertThat(occurrence).as("the next run is at 00:30 Beijing time").endsWith("T00:30+08:00");
        Instant due = Instant.parse(Sql.text(dataSource, "SELECT to_char(due_at AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM scheduled_job WHERE job_key = '" + occurrence + "'"));
        // nobody ran at 00:30; the service comes back hours later
        clock.travelTo(due.plus(Duration.ofHours(5)));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(runner::runDue, instances);
            var second = CompletableFuture.supplyAsync(runner::runDue, instances);
            first.join();
            second.join();
        } finally {
            instances.shutdown();
        }

        long suppliers = Sql.count(dataSource, "SELECT count(*) FROM supplier");
        String day = occurrence.substring(0, 10);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM scheduled_job WHERE job_key = '" + occurrence
                + "' AND done_at IS NOT NULL AND attempts = 1")).isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM scheduled_job WHERE kind = 'credit.daily-supplier'"
                + " AND job_key LIKE '" + day + "/%' AND done_at IS NOT NULL AND attempts = 1")).isEqualTo(suppliers);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM scheduled_job WHERE kind = 'credit.daily-supplier'"
                + " AND job_key LIKE '" + day + "/%'")).isEqualTo(suppliers);
        List<String> next = List.of(Sql.text(dataSource, "SELECT job_key FROM scheduled_job WHERE"
                + " kind = 'credit.daily-run' AND done_at IS NULL"));
        assertThat(next.get(0)).as("one next occurrence, after the catch-up").isGreaterThan(occurrence);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM scheduled_job WHERE kind = 'credit.daily-run'"
                + " AND done_at IS NULL")).isEqualTo(1);
    }
}
