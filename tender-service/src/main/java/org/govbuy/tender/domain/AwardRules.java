package org.govbuy.tender.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * The award's periods (configurable, ADR 35): the recommendation is published for
 * {@code publicityWorkingDays} (中标公示); a bidder of the lot may challenge it (质疑) within
 * {@code challengeWorkingDays} of its publication; the purchaser answers within
 * {@code answerWorkingDays}; a winner may decline within {@code declinationDays} of the final award.
 * A period of n working days ends at the start of the day after its n-th working day.
 */
public record AwardRules(int publicityWorkingDays, int challengeWorkingDays, int answerWorkingDays, int declinationDays,
        ZoneId zone) {

    /** The end of a period of {@code workingDays} starting at {@code from}, on the official calendar. */
    public Instant periodEnd(Instant from, int workingDays, WorkingDayCalendar calendar) {
        return workingDaysEnd(from, workingDays, zone, calendar);
    }

    public static Instant workingDaysEnd(Instant from, int workingDays, ZoneId zone, WorkingDayCalendar calendar) {
        LocalDate start = LocalDate.ofInstant(from, zone);
        return calendar.plusWorkingDays(start, workingDays).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
