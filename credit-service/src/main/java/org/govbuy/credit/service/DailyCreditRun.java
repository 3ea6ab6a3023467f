package org.govbuy.credit.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Once a day, after midnight in the deployment's zone: disclosure deadlines are checked, scores
 * decay and records stop counting, debarments end on their own.
 */
@ApplicationScoped
public class DailyCreditRun {

    private static final Logger LOG = Logger.getLogger(DailyCreditRun.class);

    private final DisclosureCompliance disclosure;
    private final CreditAssessment assessment;

    DailyCreditRun(DisclosureCompliance disclosure, CreditAssessment assessment) {
        this.disclosure = disclosure;
        this.assessment = assessment;
    }

    @Scheduled(cron = "{govbuy.credit.daily-run.cron}", timeZone = "{govbuy.calendar.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        disclosure.check();
        assessment.daily();
        LOG.info("daily credit run finished");
    }
}
