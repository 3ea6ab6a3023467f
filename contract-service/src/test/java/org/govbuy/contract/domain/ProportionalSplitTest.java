package org.govbuy.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Funding shares and installment shares split an amount with no cent lost (largest remainder). */
class ProportionalSplitTest {

    private static List<Money> split(String amount, String... weights) {
        return ProportionalSplit.split(Money.of(amount), java.util.Arrays.stream(weights).map(BigDecimal::new).toList());
    }

    private static List<String> asText(List<Money> parts) {
        return parts.stream().map(Money::toString).toList();
    }

    @Test
    void oneHundredAndOneCentAtEightPointFiveToHalfToOne() {
        // 10,001 cents: quotas 8500.85, 500.05 and 1000.10 cents; the whole cents make 10,000 and the
        // one cent left goes to the largest remainder, the first part's 0.85
        assertThat(asText(split("100.01", "8.5", "0.5", "1"))).containsExactly("85.01", "5.00", "10.00");
    }

    @Test
    void oneCentAtSixToTwoToTwoGoesToTheLargestShare() {
        assertThat(asText(split("0.01", "6", "2", "2"))).containsExactly("0.01", "0.00", "0.00");
    }

    @Test
    void nearlyABillionInThreeEqualParts() {
        // 99,999,999,999 cents / 3 = 33,333,333,333 each, nothing left over
        assertThat(asText(split("999999999.99", "1", "1", "1")))
                .containsExactly("333333333.33", "333333333.33", "333333333.33");
    }

    @Test
    void aTieForTheLeftoverCentGoesToTheEarlierPart() {
        assertThat(asText(split("0.02", "1", "1", "1"))).containsExactly("0.01", "0.01", "0.00");
        assertThat(asText(split("100.00", "1", "1", "1"))).containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void aZeroWeightGetsNothingAndWeightsThatCannotSplitAreRefused() {
        assertThat(asText(split("10.00", "0", "1"))).containsExactly("0.00", "10.00");
        assertThatThrownBy(() -> split("10.00", "0", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split("10.00", "-1", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProportionalSplit.split(Money.of("1"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Over thousands of random amounts (up to 10^14 cents) and ratios (2 to 6 parts, weights with
     * up to two decimals): the parts sum to the amount exactly; each part is within one cent of its
     * exact quota and not below its whole-cent floor; and a part that got a leftover cent never has
     * a smaller remainder than a part that did not.
     */
    @Test
    void everySplitAddsUpToTheCentAndFollowsTheLargestRemainders() {
        qt().withExamples(5000).forAll(longs().between(0, 100_000_000_000_000L),
                lists().of(integers().between(0, 100_000)).ofSizeBetween(2, 6))
                .assuming((cents, weights) -> weights.stream().anyMatch(w -> w > 0))
                .checkAssert((cents, hundredths) -> {
                    List<BigDecimal> weights = hundredths.stream().map(w -> BigDecimal.valueOf(w, 2)).toList();
                    List<Money> parts = ProportionalSplit.split(Money.ofCents(cents), weights);
                    assertThat(parts.stream().mapToLong(Money::cents).sum()).isEqualTo(cents);
                    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    List<BigDecimal> remainders = new ArrayList<>();
                    List<Boolean> gotExtra = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        BigDecimal quota = BigDecimal.valueOf(cents).multiply(weights.get(i)).divide(total, 12, RoundingMode.DOWN);
                        long floor = quota.setScale(0, RoundingMode.DOWN).longValueExact();
                        long part = parts.get(i).cents();
                        assertThat(part).isBetween(floor, floor + 1);
                        remainders.add(quota.subtract(BigDecimal.valueOf(floor)));
                        gotExtra.add(part == floor + 1);
                    }
                    for (int i = 0; i < parts.size(); i++) {
                        for (int j = 0; j < parts.size(); j++) {
                            if (gotExtra.get(i) && !gotExtra.get(j)) {
                                assertThat(remainders.get(i)).isGreaterThanOrEqualTo(remainders.get(j));
                            }
                        }
                    }
                });
    }
}
