package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * 评估兑现: how much of an installment an evaluation result releases, by grade, as a versioned
 * policy (default 2026.1: excellent and good 100 %, pass 90 %, fail nothing and rectification
 * required). What is withheld becomes payable after a passed re-evaluation, up to what that
 * re-evaluation's grade releases — failing first never pays more than passing first would have.
 */
public record PaymentPolicy(String version, Map<Grade, BigDecimal> shares) {

    public PaymentPolicy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a payment policy has a version");
        }
        EnumMap<Grade, BigDecimal> copy = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            BigDecimal share = shares.get(grade);
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("payment policy " + version + " needs a share between 0 and 1 for "
                        + grade);
            }
            copy.put(grade, share);
        }
        shares = Map.copyOf(copy);
    }

    /** What a result of {@code grade} releases of an installment of {@code amount}: rounded down to the cent. */
    public Money payable(Money amount, Grade grade) {
        return new Money(amount.amount().multiply(shares.get(grade)).setScale(2, RoundingMode.DOWN));
    }

    /** A fail requires rectification (整改) and a re-evaluation before the withheld part is paid. */
    public boolean requiresRectification(Grade grade) {
        return grade == Grade.FAIL;
    }
}
