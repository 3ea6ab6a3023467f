package org.govbuy.platform.schedule;

/**
 * A job that recurs on a cron schedule (Quartz syntax, seconds first) in the deployment's zone
 * ({@code govbuy.calendar.zone}). The scheduler keeps exactly one next occurrence scheduled; an
 * occurrence missed while every instance was down runs once when the first one starts.
 */
public interface RecurringJob extends JobHandler {

    /** e.g. {@code 0 30 0 * * ?}: every day at 00:30. */
    String cron();
}
