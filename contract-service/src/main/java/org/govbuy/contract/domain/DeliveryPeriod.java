package org.govbuy.contract.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** Whether a deliverable's target is for the whole term or for each week or month of it (3 bulletins a week). */
public enum DeliveryPeriod {
    TERM, WEEK, MONTH;

    /** How many such periods a term has: whole weeks or months, at least one. */
    public long periodsIn(LocalDate start, LocalDate end) {
        LocalDate after = end.plusDays(1);
        long periods = switch (this) {
            case TERM -> 1;
            case WEEK -> ChronoUnit.DAYS.between(start, after) / 7;
            case MONTH -> Period.between(start, after).toTotalMonths();
        };
        return Math.max(1, periods);
    }
}
