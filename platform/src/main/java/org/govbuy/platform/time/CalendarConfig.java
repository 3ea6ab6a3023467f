package org.govbuy.platform.time;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code govbuy.calendar.*}: the zone in which every calendar rule (31 March, working days, a
 * deadline entered as a local date) is evaluated, whatever the server's own zone.
 */
@ConfigMapping(prefix = "govbuy.calendar")
public interface CalendarConfig {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
