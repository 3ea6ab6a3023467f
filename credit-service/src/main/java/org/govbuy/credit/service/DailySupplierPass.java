package org.govbuy.credit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;

/** One supplier's part of the daily credit run, in the job's own transaction. */
@ApplicationScoped
public class DailySupplierPass implements JobHandler {

    static final String KIND = "credit.daily-supplier";

    private final DisclosureCompliance disclosure;
    private final CreditAssessment assessment;
    private final DebarmentNotices notices;

    DailySupplierPass(DisclosureCompliance disclosure, CreditAssessment assessment, DebarmentNotices notices) {
        this.disclosure = disclosure;
        this.assessment = assessment;
        this.notices = notices;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(DueJob job) {
        passFor(job.payload());
    }

    /**
     * The day's work for one supplier: its disclosure deadlines, its notices whose statement period
     * ran out, its debarments that ended, its rating's validity, its score's decay.
     */
    @Transactional
    public void passFor(String uscc) {
        disclosure.checkSupplier(uscc);
        notices.takeEffectIfDue(uscc);
        assessment.dailyFor(uscc);
    }
}
