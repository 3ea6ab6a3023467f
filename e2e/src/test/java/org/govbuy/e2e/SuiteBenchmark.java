package org.govbuy.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The full benchmark run whose figures go into docs/benchmarks.md (a few minutes): {@code
 * ./mvnw -B -ntp verify -pl e2e -Pbenchmarks} after {@code ./mvnw -B -ntp install -DskipTests}. The
 * report is printed and written to e2e/target/benchmarks-full.md. It reports; it does not assert.
 */
@ExtendWith(WholeSuiteExtension.class)
class SuiteBenchmark {

    @Test
    void fullRun(WholeSuite suite) {
        new Benchmarks(suite, Benchmarks.Plan.FULL).run();
    }
}
