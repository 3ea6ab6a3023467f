package org.govbuy.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days in mainland China: Monday to Friday, minus the public holidays, plus the weekend
 * days declared working days to make up for them (调休), as the State Council publishes them each
 * November for the next year. Every "working days" rule counts with this one calendar. A day in a
 * year whose schedule is not known is refused ({@link NotCovered}), never counted Monday to Friday.
 */
public final class WorkingDayCalendar {

    /** One year's official schedule. */
    public record YearSchedule(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        public YearSchedule {
            holidays = Set.copyOf(holidays);
            workingWeekends = Set.copyOf(workingWeekends);
        }
    }

    /** A working-day rule reached a year for which no official schedule is known. */
    public static class NotCovered extends RuntimeException {
        private final int year;

        public NotCovered(int year) {
            super("no official holiday schedule for " + year + " is known yet; working days in " + year
                    + " cannot be counted until an operator adds it (govbuy.calendar.years)");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    private final Map<Integer, YearSchedule> years;

    public WorkingDayCalendar(Map<Integer, YearSchedule> years) {
        this.years = new TreeMap<>(years);
        this.years.forEach((year, schedule) -> {
            schedule.holidays().forEach(day -> requireYear(year, day));
            schedule.workingWeekends().forEach(day -> requireYear(year, day));
        });
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        YearSchedule schedule = years.get(day.getYear());
        if (schedule == null) {
            throw new NotCovered(day.getYear());
        }
        if (schedule.workingWeekends().contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !schedule.holidays().contains(day);
    }

    /** The day on which {@code workingDays} working days after {@code start} have passed. */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void requireYear(int year, LocalDate day) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " is listed under " + year);
        }
    }
}
