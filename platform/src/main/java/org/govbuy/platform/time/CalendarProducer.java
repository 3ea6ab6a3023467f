package org.govbuy.platform.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one working-day calendar of the service, from configuration, checked at start-up. */
public class CalendarProducer {

    @Produces
    @Singleton
    WorkingDayCalendar workingDays(CalendarConfig config) {
        Map<Integer, WorkingDayCalendar.YearSchedule> years = new HashMap<>();
        config.years().forEach((year, schedule) -> years.put(Integer.parseInt(year.replace("\"", "")),
                new WorkingDayCalendar.YearSchedule(days(schedule.holidays()), days(schedule.workingWeekends()))));
        return new WorkingDayCalendar(years);
    }

    /** Dates and ranges ({@code 2026-02-15..2026-02-23}); "none" for no days. */
    static Set<LocalDate> days(List<String> entries) {
        Set<LocalDate> days = new HashSet<>();
        for (String entry : entries) {
            String text = entry.strip();
            if (text.isEmpty() || text.equals("none")) {
                continue;
            }
            int range = text.indexOf("..");
            if (range < 0) {
                days.add(LocalDate.parse(text));
                continue;
            }
            LocalDate first = LocalDate.parse(text.substring(0, range).strip());
            LocalDate last = LocalDate.parse(text.substring(range + 2).strip());
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }
}
