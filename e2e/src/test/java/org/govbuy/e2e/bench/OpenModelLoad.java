package org.govbuy.e2e.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model load: requests leave at a fixed arrival rate whether or not earlier ones have been
 * answered, as users of a public portal arrive, and each latency is measured from the moment the
 * request was <em>meant</em> to leave. A server that stalls therefore shows its stall in every
 * request that queued behind it, not just in the one it was serving (no coordinated omission, the
 * error of closed-loop tools that wait for an answer before sending the next request).
 *
 * <p>The first {@code warmUp} of the run is recorded apart from the measured part. A request still
 * unanswered {@link #DRAIN} after the last one was meant to leave counts as an error.
 */
public final class OpenModelLoad {

    /** How long the run waits for the last answers before counting the missing ones as errors. */
    static final Duration DRAIN = Duration.ofSeconds(15);

    /**
     * One request: given its sequence number, send it and complete with whether it succeeded (a
     * failed future is an error too). It must not block: the pacing thread calls it.
     */
    @FunctionalInterface
    public interface Request extends LongFunction<CompletableFuture<Boolean>> {
    }

    private final double ratePerSecond;
    private final Duration warmUp;
    private final Duration measured;
    private final int maxInFlight;

    /**
     * @param maxInFlight a ceiling on unanswered requests, so a dead server does not exhaust the
     *        client; a request that has to wait for it still counts from its intended time
     */
    public OpenModelLoad(double ratePerSecond, Duration warmUp, Duration measured, int maxInFlight) {
        if (ratePerSecond <= 0 || measured.isZero() || measured.isNegative() || warmUp.isNegative() || maxInFlight < 1) {
            throw new IllegalArgumentException("a positive rate, a measured period and a ceiling of at least one are needed");
        }
        this.ratePerSecond = ratePerSecond;
        this.warmUp = warmUp;
        this.measured = measured;
        this.maxInFlight = maxInFlight;
    }

    /** Runs the load and reports the measured part (and the warm-up apart). */
    public LoadReport run(String name, Request request) {
        Period warm = new Period();
        Period main = new Period();
        AtomicLong answeredInWindow = new AtomicLong();
        Semaphore slots = new Semaphore(maxInFlight);
        long intervalNanos = Math.round(1e9 / ratePerSecond);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long warmEnd = start + warmUp.toNanos();
        long end = warmEnd + measured.toNanos();
        long sequence = 0;
        for (long intended = start; intended < end; intended = start + ++sequence * intervalNanos) {
            waitUntil(intended);
            Period period = intended < warmEnd ? warm : main;
            period.sent.incrementAndGet();
            slots.acquireUninterruptibly();
            long meantAt = intended;
            CompletableFuture<Boolean> answer;
            try {
                answer = request.apply(sequence);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((ok, failure) -> {
                slots.release();
                long now = System.nanoTime();
                boolean success = failure == null && Boolean.TRUE.equals(ok);
                period.answered(meantAt, now, success);
                if (success && now >= warmEnd && now < end) {
                    answeredInWindow.incrementAndGet();
                }
            });
        }
        boolean drained = drain(slots);
        return new LoadReport(name, ratePerSecond, main.sent.get(), main.ok.get(),
                main.sent.get() - main.ok.get(), answeredInWindow.get() / seconds(measured),
                main.latencies.copy(), warm.sent.get(), warm.latencies.copy(), drained);
    }

    private boolean drain(Semaphore slots) {
        try {
            return slots.tryAcquire(maxInFlight, DRAIN.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** What happened to the requests meant to leave in one part of the run. */
    private static final class Period {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        /** Microseconds from the intended send time to the answer, successful answers only. */
        final Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);

        void answered(long meantAt, long now, boolean success) {
            if (success) {
                ok.incrementAndGet();
                latencies.recordValue(Math.max(0, (now - meantAt) / 1000));
            }
        }
    }
}
