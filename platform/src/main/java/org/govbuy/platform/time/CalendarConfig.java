package org.govbuy.platform.time;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code govbuy.calendar.*}: the zone in which every calendar rule (31 March, working days, a
 * deadline entered as a local date) is evaluated, whatever the server's own zone; and the official
 * holiday schedule per year ({@code govbuy.calendar.years."2026".holidays=2026-01-01..2026-01-03,…}),
 * which operators extend each November without a release (configuration, e.g. a ConfigMap).
 */
@ConfigMapping(prefix = "govbuy.calendar")
public interface CalendarConfig {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** By year: days off and weekend days worked, each a date or a range {@code first..last}. */
    Map<String, Year> years();

    interface Year {
        List<String> holidays();

        @WithDefault("none")
        List<String> workingWeekends();
    }
}
