package org.govbuy.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rules that turn credit records into a score and a level, as versioned configuration
 * (defaults in credit-service's application.properties). Every computed score names the version
 * it was computed under.
 *
 * @param version            identifies this set of rules in scores, events and snapshots
 * @param baseScore          the score of a supplier without records
 * @param pointsBySeverity   points a record of each severity adds (negative for penalties)
 * @param countingPeriods    how long a record of each severity counts after it happened
 * @param halfLife           time after which a record weighs half as much (time decay)
 * @param levelA             lowest score of level A; likewise levelB, levelC; below levelC is D
 * @param debarmentPeriod    how long a major violation or serious breach debars (seed 000 §五(六))
 * @param majorViolationLookBack  no major violation in this period before competing (seed 000 §五(六))
 * @param inspectionSeasonEnds    after this day of a year, last year's annual inspection is required
 * @param evidenceMaxAge     tax or social-insurance evidence older than this says nothing (unknown)
 * @param ratingValidity     how long a rating (等级评估) holds
 * @param priorityRating     the least rating given priority (3A, seed 001 第三篇 启示(三))
 */
public record CreditPolicy(String version, BigDecimal baseScore, Map<Severity, BigDecimal> pointsBySeverity,
        BigDecimal positivePoints, Map<Severity, Period> countingPeriods, Period positiveCountingPeriod,
        Period halfLife, BigDecimal levelA, BigDecimal levelB, BigDecimal levelC, Period debarmentPeriod,
        Period majorViolationLookBack, java.time.MonthDay inspectionSeasonEnds, Period evidenceMaxAge,
        Period ratingValidity, RatingLevel priorityRating) {

    public CreditPolicy {
        Objects.requireNonNull(version, "version");
        pointsBySeverity = Map.copyOf(new EnumMap<>(pointsBySeverity));
        countingPeriods = Map.copyOf(new EnumMap<>(countingPeriods));
        if (!(levelA.compareTo(levelB) > 0 && levelB.compareTo(levelC) > 0)) {
            throw new IllegalArgumentException("level thresholds must fall: A > B > C");
        }
        for (Severity severity : Severity.values()) {
            if (severity != Severity.NONE && (!pointsBySeverity.containsKey(severity)
                    || !countingPeriods.containsKey(severity))) {
                throw new IllegalArgumentException("points and counting period are needed for " + severity);
            }
        }
    }

    /** The level a score falls in. */
    public CreditLevel levelOf(BigDecimal score) {
        if (score.compareTo(levelA) >= 0) {
            return CreditLevel.A;
        }
        if (score.compareTo(levelB) >= 0) {
            return CreditLevel.B;
        }
        return score.compareTo(levelC) >= 0 ? CreditLevel.C : CreditLevel.D;
    }

    /** Until when a record that happened on {@code occurredOn} counts, unless it says otherwise. */
    public LocalDate countsUntil(boolean positive, Severity severity, LocalDate occurredOn) {
        return occurredOn.plus(positive ? positiveCountingPeriod : countingPeriods.get(severity));
    }

    /** The rating a supplier holds on {@code day}: NONE once its validity has run out. */
    public RatingLevel ratingOn(RatingLevel level, LocalDate ratedOn, LocalDate day) {
        return ratedOn == null || day.isBefore(ratedOn.plus(ratingValidity)) ? level : RatingLevel.NONE;
    }

    /** Points before decay: positive records earn, negative ones cost by severity. */
    public BigDecimal pointsOf(boolean positive, Severity severity) {
        return positive ? positivePoints : pointsBySeverity.get(severity);
    }
}
