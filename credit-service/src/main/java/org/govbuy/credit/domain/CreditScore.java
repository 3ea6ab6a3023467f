package org.govbuy.credit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A supplier's credit score on a day, with its explanation: the policy's base score, every record
 * that counts and what it contributed, their total, and the score, which is the total kept between
 * 0 and 100 ({@code clamped} says when that changed it). Older records weigh less (half-life
 * decay), severe ones more. {@code base + Σ contributions = total} always holds.
 */
public record CreditScore(LocalDate asOf, BigDecimal score, CreditLevel level, String policyVersion,
        BigDecimal base, List<Contribution> contributions, BigDecimal total, boolean clamped) {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    /** What one record adds to the score: its points times its decay factor. */
    public record Contribution(UUID recordId, CreditRecordKind kind, Severity severity, boolean positive,
            LocalDate occurredOn, BigDecimal points, BigDecimal decay, BigDecimal contribution) {
    }

    public static CreditScore of(Collection<CreditRecord> records, LocalDate asOf, CreditPolicy policy) {
        List<Contribution> contributions = records.stream()
                .filter(record -> record.countsOn(asOf))
                .sorted(Comparator.comparing((CreditRecord r) -> r.occurredOn).thenComparing(r -> r.id))
                .map(record -> contributionOf(record, asOf, policy))
                .toList();
        BigDecimal total = contributions.stream().map(Contribution::contribution)
                .reduce(policy.baseScore(), BigDecimal::add);
        BigDecimal score = total.max(BigDecimal.ZERO).min(MAX).setScale(2, RoundingMode.HALF_UP);
        return new CreditScore(asOf, score, policy.levelOf(score), policy.version(), policy.baseScore(),
                contributions, total, score.compareTo(total) != 0);
    }

    private static Contribution contributionOf(CreditRecord record, LocalDate asOf, CreditPolicy policy) {
        BigDecimal points = policy.pointsOf(record.positive, record.severity);
        BigDecimal decay = decayFactor(record.occurredOn, asOf, policy);
        BigDecimal contribution = points.multiply(decay).setScale(2, RoundingMode.HALF_UP);
        return new Contribution(record.id, record.kind, record.severity, record.positive, record.occurredOn, points,
                decay, contribution);
    }

    /** 0.5 ^ (age / half-life), rounded to four places. */
    static BigDecimal decayFactor(LocalDate occurredOn, LocalDate asOf, CreditPolicy policy) {
        long ageDays = Math.max(0, ChronoUnit.DAYS.between(occurredOn, asOf));
        long halfLifeDays = ChronoUnit.DAYS.between(occurredOn, occurredOn.plus(policy.halfLife()));
        double factor = Math.pow(0.5, (double) ageDays / halfLifeDays);
        return new BigDecimal(factor, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }
}
