package org.govbuy.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long a supplier registered through the gateway takes to reach tender-service's projection
 * (commit, outbox, NOTIFY, relay, Kafka, consumer, projection, and a read through the gateway).
 * A benchmark, not a test: it reports figures for docs/benchmarks.md and asserts nothing about
 * speed. Run with {@code ./mvnw -B -ntp verify -pl e2e -Pbenchmarks} after {@code ./mvnw install -DskipTests}.
 */
@ExtendWith(WholeSuiteExtension.class)
class RegistrationLatencyBenchmark {

    @Test
    void registrationToProjectionLatency(WholeSuite suite) {
        SupplierRegistrationIT.theSuiteIsUp(suite);
        SupplierRegistrationIT.registerAndAwaitProjection(SupplierRegistrationIT.newUscc());
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            latencies.add(SupplierRegistrationIT.registerAndAwaitProjection(SupplierRegistrationIT.newUscc()));
        }
        Collections.sort(latencies);
        System.out.printf("registration -> tender projection, 50 sequential (ms): p50 %d, p90 %d, p95 %d, max %d%n  %s%n",
                latencies.get(24), latencies.get(44), latencies.get(47), latencies.get(49), latencies);
    }
}
