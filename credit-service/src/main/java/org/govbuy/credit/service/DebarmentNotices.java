package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.config.CreditConfig;
import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.CreditRecord;
import org.govbuy.credit.domain.DebarmentNotice;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.messaging.CreditEventsV1.DebarmentProposedV1;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * Notice before debarment (告知/申辩): a record that debars first notifies the supplier, which may
 * state its case; the debarment takes effect when the period ends without a statement (daily pass)
 * or by the decision of the authority answering for the record.
 */
@ApplicationScoped
@Transactional
public class DebarmentNotices {

    private static final Logger LOG = Logger.getLogger(DebarmentNotices.class);

    private final SupplierFacts facts;
    private final StandingEvents events;
    private final CreditAssessment assessment;
    private final CreditPolicy policy;
    private final WorkingDayCalendar calendar;
    private final int statementWorkingDays;

    DebarmentNotices(SupplierFacts facts, StandingEvents events, CreditAssessment assessment, CreditPolicy policy,
            WorkingDayCalendar calendar, CreditConfig config) {
        this.facts = facts;
        this.events = events;
        this.assessment = assessment;
        this.policy = policy;
        this.calendar = calendar;
        this.statementWorkingDays = config.debarment().statementWorkingDays();
    }

    /**
     * A record that debars (major violation, serious breach) and whose term is not over notifies its
     * supplier, once per record. The term runs from the record's decision date (ADR 22).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeIfDue(CreditRecord record) {
        LocalDate today = facts.today();
        if (!record.debars() || !record.countsOn(today)
                || !record.decidedOn.plus(policy.debarmentPeriod()).isAfter(today)
                || DebarmentNotice.count("recordId", record.id) > 0) {
            return;
        }
        DebarmentNotice notice = DebarmentNotice.notify(record, today,
                calendar.plusWorkingDays(today, statementWorkingDays));
        notice.persist();
        Supplier supplier = facts.lockForChange(record.uscc);
        events.publish(DebarmentProposedV1.TYPE, supplier, standing -> new DebarmentProposedV1(record.uscc, notice.id,
                record.id, notice.hearing.notifiedOn, notice.hearing.statementDeadline,
                record.decidedOn.plus(policy.debarmentPeriod()), standing));
        LOG.infof("supplier %s notified of its debarment for record %s; may state its case until %s", record.uscc,
                record.id, notice.hearing.statementDeadline);
    }

    /** The daily step: pending notices whose period ended without a statement take effect. */
    public void takeEffectIfDue(String uscc) {
        LocalDate today = facts.today();
        for (DebarmentNotice notice : DebarmentNotice.<DebarmentNotice>list("uscc = ?1 and status = ?2", uscc,
                DebarmentNotice.Status.PENDING)) {
            CreditRecord record = CreditRecord.findById(notice.recordId);
            if (!record.debars() || !record.countsOn(today)) {
                notice.lapse(today);
            } else if (notice.takeEffectIfDue(today)) {
                assessment.debar(record);
            }
        }
    }

    public DebarmentNotice takeStatement(UUID noticeId, String statement) {
        DebarmentNotice notice = locked(noticeId);
        notice.takeStatement(statement, facts.today(), facts.now());
        return notice;
    }

    /** The authority's decision after hearing the supplier: debar, or withdraw with reasons. */
    public DebarmentNotice decide(UUID noticeId, boolean debar, String reason, String by) {
        DebarmentNotice notice = locked(noticeId);
        notice.decide(debar, reason, by, facts.today());
        if (debar) {
            assessment.debar(CreditRecord.findById(notice.recordId));
        }
        return notice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DebarmentNotice require(UUID noticeId) {
        return DebarmentNotice.<DebarmentNotice>findByIdOptional(noticeId)
                .orElseThrow(() -> new NotFoundProblem("no debarment notice " + noticeId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DebarmentNotice> of(String uscc) {
        facts.require(uscc);
        return DebarmentNotice.list("uscc = ?1 order by hearing.notifiedOn", uscc);
    }

    private DebarmentNotice locked(UUID noticeId) {
        facts.lockForChange(require(noticeId).uscc);
        DebarmentNotice notice = require(noticeId);
        DebarmentNotice.getEntityManager().refresh(notice);
        return notice;
    }
}
