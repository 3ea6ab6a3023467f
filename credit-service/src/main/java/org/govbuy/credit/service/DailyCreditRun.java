package org.govbuy.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.govbuy.credit.config.CreditConfig;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.Jobs;
import org.govbuy.platform.schedule.RecurringJob;
import org.govbuy.platform.time.CalendarConfig;

/**
 * Once a day, after midnight in the deployment's zone (a durable job: once across replicas, and
 * caught up after downtime), every supplier gets its own daily pass: disclosure deadlines are
 * checked, scores decay and records stop counting, debarments end on their own. One job per
 * supplier and day, each in its own transaction, so one supplier's conflict never undoes another's.
 */
@ApplicationScoped
public class DailyCreditRun implements RecurringJob {

    static final String KIND = "credit.daily-run";

    private static final Logger LOG = Logger.getLogger(DailyCreditRun.class);

    private final Jobs jobs;
    private final Clock clock;
    private final CalendarConfig calendar;
    private final String cron;

    DailyCreditRun(Jobs jobs, Clock clock, CalendarConfig calendar, CreditConfig config) {
        this.jobs = jobs;
        this.clock = clock;
        this.calendar = calendar;
        this.cron = config.dailyRun().cron();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public void run(DueJob job) {
        LocalDate day = LocalDate.ofInstant(job.dueAt(), calendar.zone());
        List<String> codes = Supplier.<Supplier>listAll().stream().map(s -> s.uscc).toList();
        codes.forEach(uscc -> jobs.schedule(DailySupplierPass.KIND, day + "/" + uscc, clock.instant(), uscc));
        LOG.infof("daily credit run of %s: %d supplier(s) scheduled", day, codes.size());
    }
}
