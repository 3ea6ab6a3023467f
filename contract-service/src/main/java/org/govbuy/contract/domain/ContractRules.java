package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.govbuy.platform.error.UnprocessableRequest;

/**
 * The contract rules a deployment configures: how long signing may take after the award, within how
 * many working days the signed contract's key terms are published, how far an amendment may raise
 * the amount, and the term limits — at most 24 months, or 36 for a service that is stable and
 * continuous with steady funding (seed 000 §八.(三); seed 003 §三.4).
 */
public record ContractRules(Duration signingPeriod, int publicationWorkingDays, BigDecimal maximumAmendmentIncrease,
        int termMonths, int stableTermMonths, ZoneId zone) {

    /** The last day a term that starts on {@code start} may run to. */
    public LocalDate latestEnd(LocalDate start, boolean stableService) {
        return start.plusMonths(stableService ? stableTermMonths : termMonths).minusDays(1);
    }

    /** Refuses a term longer than the limit (422 naming {@code field}). */
    public void requireTermWithinLimit(LocalDate start, LocalDate end, boolean stableService, String field) {
        if (end.isAfter(latestEnd(start, stableService))) {
            throw new UnprocessableRequest(field, termRule(stableService) + ": a term from " + start
                    + " ends on " + latestEnd(start, stableService) + " at the latest");
        }
    }

    public String termRule(boolean stableService) {
        return stableService
                ? "a stable, continuous service is contracted for at most " + stableTermMonths + " months (seed 003 §三.4)"
                : "a service is contracted for at most " + termMonths + " months (seed 000 §八.(三))";
    }

    /** The most an amendment may bring the amount to. */
    public Money amendmentCeiling(Money originalAmount) {
        return new Money(originalAmount.amount().multiply(BigDecimal.ONE.add(maximumAmendmentIncrease))
                .setScale(2, java.math.RoundingMode.DOWN));
    }
}
