package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount of money by weights (funding ratios such as 6 : 2 : 2 or 8.5 : 0.5 : 1, or an
 * installment schedule's percentages) into parts that add up to the amount to the cent: the
 * largest-remainder method (最大余额法). Each part first gets the whole cents of its exact quota;
 * the cents left over go one each to the parts with the largest remainders, the earlier part first
 * on a tie. Computed in integers, so no rounding error can creep in however awkward the figures.
 */
public final class ProportionalSplit {

    private ProportionalSplit() {
    }

    /** Null when {@code weights} can split an amount (non-empty, none negative, some positive), else why not. */
    public static String problemWith(List<BigDecimal> weights) {
        if (weights == null || weights.isEmpty()) {
            return "must name at least one part";
        }
        if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            return "every weight must be given and not negative";
        }
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            return "at least one weight must be positive";
        }
        return null;
    }

    public static List<Money> split(Money amount, List<BigDecimal> weights) {
        String problem = problemWith(weights);
        if (problem != null) {
            throw new IllegalArgumentException("weights " + problem);
        }
        List<BigInteger> integers = asIntegers(weights);
        BigInteger total = integers.stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger cents = BigInteger.valueOf(amount.cents());
        List<BigInteger[]> quotas = integers.stream().map(w -> cents.multiply(w).divideAndRemainder(total)).toList();
        long[] parts = quotas.stream().mapToLong(q -> q[0].longValueExact()).toArray();
        long leftover = cents.longValueExact() - java.util.Arrays.stream(parts).sum();
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, parts.length).boxed().toList());
        byRemainder.sort(Comparator.<Integer, BigInteger>comparing(i -> quotas.get(i)[1]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < leftover; i++) {
            parts[byRemainder.get(i)]++;
        }
        return java.util.Arrays.stream(parts).mapToObj(Money::ofCents).toList();
    }

    /** The weights scaled by a common power of ten to whole numbers, keeping their ratios exactly. */
    private static List<BigInteger> asIntegers(List<BigDecimal> weights) {
        int scale = weights.stream().mapToInt(w -> Math.max(0, w.stripTrailingZeros().scale())).max().orElse(0);
        return weights.stream().map(w -> w.movePointRight(scale).toBigIntegerExact()).toList();
    }
}
