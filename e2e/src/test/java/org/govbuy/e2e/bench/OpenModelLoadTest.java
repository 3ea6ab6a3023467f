package org.govbuy.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load driver against a stand-in server in the test's own JVM: one worker thread, answers on it. */
class OpenModelLoadTest {

    private final ExecutorService server = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    /** A request the stand-in answers after {@code serviceTime}, one at a time; {@code ok} is the outcome. */
    private CompletableFuture<Boolean> served(Duration serviceTime, boolean ok) {
        return CompletableFuture.supplyAsync(() -> {
            sleep(serviceTime);
            return ok;
        }, server);
    }

    @Test
    void aStallCountsAgainstEveryRequestThatWasMeantToLeaveDuringItNotJustTheOneItHeld() {
        // one request in flight at most: while the server stalls, the driver itself cannot send;
        // a closed-loop tool would then record one slow request, where 30 users were kept waiting
        OpenModelLoad load = new OpenModelLoad(100, Duration.ZERO, Duration.ofSeconds(1), 1);

        LoadReport report = load.run("stall", sequence -> served(Duration.ofMillis(sequence == 20 ? 300 : 0), true));

        assertThat(report.errors()).isZero();
        assertThat(report.latencies().getCountBetweenValues(TimeUnit.MILLISECONDS.toMicros(100), Long.MAX_VALUE))
                .as("requests whose intended send time fell in the stall's first 200 ms").isGreaterThanOrEqualTo(15);
        assertThat(report.maxMillis()).isGreaterThanOrEqualTo(290);
    }

    @Test
    void aServerThatKeepsUpIsSentTheRateAskedForAndAnswersAtIt() {
        OpenModelLoad load = new OpenModelLoad(200, Duration.ofMillis(500), Duration.ofSeconds(2), 100);

        LoadReport report = load.run("steady", sequence -> served(Duration.ZERO, true));

        assertThat(report.sent()).isCloseTo(400, within(2L));
        assertThat(report.warmUpSent()).isCloseTo(100, within(2L));
        assertThat(report.achievedRate()).isCloseTo(200, within(30.0));
        assertThat(report.errors()).isZero();
        assertThat(report.drained()).isTrue();
        assertThat(report.latencies().getTotalCount()).isEqualTo(report.ok());
    }

    @Test
    void failedAnswersAndRequestsThatCannotBeSentAreErrorsAndStayOutOfTheLatencies() {
        OpenModelLoad load = new OpenModelLoad(100, Duration.ZERO, Duration.ofSeconds(1), 10);

        LoadReport report = load.run("failing", sequence -> switch ((int) (sequence % 4)) {
            case 0 -> served(Duration.ZERO, false);
            case 1 -> CompletableFuture.failedFuture(new java.io.IOException("connection refused"));
            case 2 -> throw new IllegalStateException("could not even build the request");
            default -> served(Duration.ZERO, true);
        });

        assertThat(report.sent()).isCloseTo(100, within(2L));
        assertThat(report.errors()).isCloseTo(report.sent() * 3 / 4, within(2L));
        assertThat(report.latencies().getTotalCount()).isEqualTo(report.ok()).isCloseTo(25, within(2L));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
