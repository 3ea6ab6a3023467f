package org.govbuy.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Working days follow the official schedule, and only where it is known. */
class WorkingDayCalendarTest {

    /** The 2026 schedule as the platform ships it. */
    private static final WorkingDayCalendar OFFICIAL_2026 = new WorkingDayCalendar(Map.of(2026,
            new WorkingDayCalendar.YearSchedule(
                    CalendarProducer.days(List.of("2026-01-01..2026-01-03", "2026-02-15..2026-02-23",
                            "2026-04-04..2026-04-06", "2026-05-01..2026-05-05", "2026-06-19..2026-06-21",
                            "2026-09-25..2026-09-27", "2026-10-01..2026-10-07")),
                    CalendarProducer.days(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
                            "2026-09-20", "2026-10-10")))));

    @Test
    void aChangeOnTheFridayBeforeSpringFestivalIsDueTwentyWorkingDaysLaterOnTwelveMarch() {
        assertThat(OFFICIAL_2026.plusWorkingDays(LocalDate.of(2026, 2, 6), 20)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void holidaysAreNotWorkedAndAdjustedWeekendsAre() {
        assertThat(OFFICIAL_2026.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(OFFICIAL_2026.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday worked").isTrue();
        assertThat(OFFICIAL_2026.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();
        assertThat(OFFICIAL_2026.isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();
    }

    @Test
    void aDeadlineReachingAYearWithoutASchedulIsRefusedNotCountedMondayToFriday() {
        assertThatThrownBy(() -> OFFICIAL_2026.plusWorkingDays(LocalDate.of(2026, 12, 21), 20))
                .isInstanceOf(WorkingDayCalendar.NotCovered.class).hasMessageContaining("2027");
        assertThat(OFFICIAL_2026.plusWorkingDays(LocalDate.of(2026, 12, 21), 5)).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
