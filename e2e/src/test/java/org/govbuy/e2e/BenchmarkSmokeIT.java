package org.govbuy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every benchmark scenario for a few seconds, so the harness keeps working between full runs. It
 * asserts that each part ran and reported, not how fast: speed targets live in the full run
 * ({@link SuiteBenchmark}) and in docs/benchmarks.md, never in CI.
 */
@ExtendWith(WholeSuiteExtension.class)
class BenchmarkSmokeIT {

    @Test
    void everyScenarioRunsAndReports(WholeSuite suite) {
        String report = new Benchmarks(suite, Benchmarks.Plan.SMOKE).run();

        assertThat(report).contains("Baselines: pgbench", "raw Kafka round trip", "catalogue search (养老), gateway",
                "open tenders of Haidian, direct", "supplier profile, gateway", "applied by tender-service (end to end)",
                "sealed bid, direct",
                "Empty quarkus-rest application", "| catalog | ");
        assertThat(report).doesNotContain("NaN");
    }
}
