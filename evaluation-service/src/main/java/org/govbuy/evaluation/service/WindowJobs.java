package org.govbuy.evaluation.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;

/**
 * The durable jobs of an evaluation's window. Each runs in the transaction that claims it, so a
 * window due while the service was down opens (or is flagged overdue) once when it comes back.
 */
public final class WindowJobs {

    private WindowJobs() {
    }

    /** On the window's first day: opens it and draws the agency. */
    @ApplicationScoped
    public static class Opens implements JobHandler {
        private final Evaluations evaluations;

        Opens(Evaluations evaluations) {
            this.evaluations = evaluations;
        }

        @Override
        public String kind() {
            return Evaluations.OPENS;
        }

        @Override
        @Transactional(Transactional.TxType.MANDATORY)
        public void run(DueJob job) {
            evaluations.open(UUID.fromString(job.key()));
        }
    }

    /** The day after the window closes: flags an unfinished evaluation overdue. */
    @ApplicationScoped
    public static class Closes implements JobHandler {
        private final Evaluations evaluations;

        Closes(Evaluations evaluations) {
            this.evaluations = evaluations;
        }

        @Override
        public String kind() {
            return Evaluations.CLOSES;
        }

        @Override
        @Transactional(Transactional.TxType.MANDATORY)
        public void run(DueJob job) {
            evaluations.closeWindow(UUID.fromString(job.key()));
        }
    }

    /** The day after the objection period: a result nobody objected to becomes final. */
    @ApplicationScoped
    public static class ObjectionPeriodEnds implements JobHandler {
        private final Results results;

        ObjectionPeriodEnds(Results results) {
            this.results = results;
        }

        @Override
        public String kind() {
            return Results.OBJECTION_PERIOD_ENDS;
        }

        @Override
        @Transactional(Transactional.TxType.MANDATORY)
        public void run(DueJob job) {
            results.finaliseUnopposed(UUID.fromString(job.key()));
        }
    }
}
