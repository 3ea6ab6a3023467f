package org.govbuy.credit.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;

/** One supplier's part of the daily credit run, in the job's own transaction. */
@ApplicationScoped
public class DailySupplierPass implements JobHandler {

    static final String KIND = "credit.daily-supplier";

    private final DisclosureCompliance disclosure;
    private final CreditAssessment assessment;

    DailySupplierPass(DisclosureCompliance disclosure, CreditAssessment assessment) {
        this.disclosure = disclosure;
        this.assessment = assessment;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(DueJob job) {
        disclosure.checkSupplier(job.payload());
        assessment.dailyFor(job.payload());
    }
}
