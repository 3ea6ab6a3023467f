package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An amount in CNY with exactly two decimals (元, to the cent), never negative. Built only from an
 * amount that has at most two decimals: a price of 100.005 is refused, not rounded.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** NUMERIC(18, 2): sixteen digits before the point (declared first: ZERO is checked against it). */
    private static final BigDecimal LIMIT = new BigDecimal("1E16");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        String problem = problemWith(amount);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Null when {@code amount} is a valid amount of money, else why not. */
    public static String problemWith(BigDecimal amount) {
        if (amount == null) {
            return "must be given";
        }
        if (amount.signum() < 0) {
            return "must not be negative";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "must have at most two decimals (cents)";
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return "must be less than 10^16 CNY";
        }
        return null;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** The difference; refused (IllegalArgumentException) when it would be negative. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** The smaller of the two. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Whole cents, exactly. */
    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /** Stored as NUMERIC(18, 2). */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<Money, BigDecimal> {
        @Override
        public BigDecimal convertToDatabaseColumn(Money money) {
            return money == null ? null : money.amount();
        }

        @Override
        public Money convertToEntityAttribute(BigDecimal amount) {
            return amount == null ? null : new Money(amount);
        }
    }
}
