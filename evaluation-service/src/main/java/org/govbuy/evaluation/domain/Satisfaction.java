package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The recipients' satisfaction (服务对象满意度) on a 1–5 scale: how many of the codes issued were
 * answered, the mean, and its 95 % confidence interval — Student's t with n − 1 degrees of freedom,
 * narrowed by the finite-population correction √((N − n)/(N − 1)) since the recipients are the N
 * people who were given codes. With one response there is no interval.
 */
public record Satisfaction(int issued, int responses, BigDecimal responseRate, BigDecimal mean, BigDecimal low,
        BigDecimal high) {

    public static final int MAX = 5;

    public static Satisfaction of(int issued, List<Integer> answers) {
        int n = answers.size();
        if (n == 0) {
            return new Satisfaction(issued, 0, rate(0, issued), null, null, null);
        }
        double mean = answers.stream().mapToInt(Integer::intValue).average().orElseThrow();
        if (n == 1) {
            return new Satisfaction(issued, 1, rate(1, issued), round(mean), null, null);
        }
        double variance = answers.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / (n - 1);
        double correction = issued > 1 ? Math.sqrt(Math.max(0.0, (double) (issued - n) / (issued - 1))) : 0.0;
        double halfWidth = new TDistribution(n - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(variance / n) * correction;
        return new Satisfaction(issued, n, rate(n, issued), round(mean), round(Math.max(1.0, mean - halfWidth)),
                round(Math.min(MAX, mean + halfWidth)));
    }

    /** The exact mean as a share of the maximum, for scoring: (Σ answers / n) / 5. */
    public static BigDecimal shareOfMaximum(List<Integer> answers) {
        long sum = answers.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf((long) answers.size() * MAX), Scorecard.SCALE,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(int n, int issued) {
        return issued == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(issued), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
