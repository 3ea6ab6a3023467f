package org.govbuy.e2e.bench;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * What an {@link OpenModelLoad} measured: the rate it was asked for and the rate of successful
 * answers it got, errors (failures, non-success statuses and requests never answered), and the
 * latency percentiles from intended send time, in microseconds, of the measured part and of the
 * warm-up apart.
 */
public record LoadReport(String name, double targetRate, long sent, long ok, long errors, double achievedRate,
        Histogram latencies, long warmUpSent, Histogram warmUpLatencies, boolean drained) {

    public double p50Millis() {
        return millisAt(latencies, 50);
    }

    public double p99Millis() {
        return millisAt(latencies, 99);
    }

    public double p999Millis() {
        return millisAt(latencies, 99.9);
    }

    public double maxMillis() {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }

    private static double millisAt(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The table header that {@link #row()} fills. */
    public static String header() {
        return "| scenario | target /s | achieved /s | sent | errors | p50 ms | p99 ms | p99.9 ms | max ms | warm-up p50 / p99 ms |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    /** One Markdown table row. */
    public String row() {
        return String.format(Locale.ROOT, "| %s | %.0f | %.1f | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f / %.2f |", name,
                targetRate, achievedRate, sent, errors, p50Millis(), p99Millis(), p999Millis(), maxMillis(),
                millisAt(warmUpLatencies, 50), millisAt(warmUpLatencies, 99));
    }
}
