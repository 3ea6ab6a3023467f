package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.CreditRecord;
import org.govbuy.credit.domain.CreditRecordAmendment;
import org.govbuy.credit.domain.CreditRecordFacts;
import org.govbuy.credit.domain.Severity;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.messaging.CreditEventsV1.CreditRecordAddedV1;
import org.govbuy.credit.messaging.CreditEventsV1.CreditRecordCorrectedV1;
import org.govbuy.credit.messaging.CreditEventsV1.CreditRecordRevokedV1;
import org.govbuy.platform.error.NotFoundProblem;

/** Entering credit records, and contesting, correcting and revoking them (信用修复). */
@ApplicationScoped
@Transactional
public class CreditRecords {

    private static final Logger LOG = Logger.getLogger(CreditRecords.class);

    private final SupplierFacts facts;
    private final CreditAssessment assessment;
    private final StandingEvents events;
    private final CreditPolicy policy;
    private final DebarmentNotices notices;

    CreditRecords(SupplierFacts facts, CreditAssessment assessment, StandingEvents events, CreditPolicy policy,
            DebarmentNotices notices) {
        this.facts = facts;
        this.assessment = assessment;
        this.events = events;
        this.policy = policy;
        this.notices = notices;
    }

    /**
     * Enters a record for a registered supplier, reassesses it and, when the record debars,
     * notifies the supplier that it is to be debarred (告知). A record from another service's event is entered once: a repeat returns the first.
     */
    public CreditRecord enter(CreditRecordFacts record, String enteredBy) {
        if (record.sourceEventId() != null) {
            Optional<CreditRecord> earlier = CreditRecord.find("sourceEventId", record.sourceEventId()).firstResultOptional();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Supplier supplier = facts.lockForChange(record.uscc());
        CreditRecord entered = CreditRecord.enter(record, enteredBy, facts.now(), facts.today(), policy);
        entered.persist();
        assessment.reassess(supplier);
        events.publish(CreditRecordAddedV1.TYPE, supplier, standing -> new CreditRecordAddedV1(entered.uscc,
                entered.id, entered.kind, entered.severity, entered.positive, entered.source, entered.occurredOn,
                entered.countsUntil, standing));
        notices.proposeIfDue(entered);
        LOG.infof("credit record %s (%s %s) entered for supplier %s by %s", entered.id, entered.severity,
                entered.kind, entered.uscc, enteredBy);
        return entered;
    }

    public CreditRecord contest(UUID recordId, String reason, String evidenceReference, String by) {
        CreditRecord record = require(recordId);
        record.contest(reason, evidenceReference, by, facts.now()).persist();
        return record;
    }

    public CreditRecord upholdContest(UUID recordId, String reason, String by) {
        CreditRecord record = require(recordId);
        record.upholdContest(reason, by, facts.now()).persist();
        return record;
    }

    /**
     * Corrects a record under the rules a new record meets, announces the supplier's standing
     * after it (tender-service sees a major violation raised or lowered), and debars the supplier
     * when the corrected record now requires it.
     */
    public CreditRecord correct(UUID recordId, Severity severity, LocalDate occurredOn, LocalDate decidedOn,
            LocalDate countsUntil, String reason, String by) {
        CreditRecord record = lockedWithItsSupplier(recordId);
        Supplier supplier = facts.lockForChange(record.uscc);
        record.correct(severity, occurredOn, decidedOn, countsUntil, reason, by, facts.now(), facts.today(), policy)
                .persist();
        assessment.reassess(supplier);
        events.publish(CreditRecordCorrectedV1.TYPE, supplier, standing -> new CreditRecordCorrectedV1(record.uscc,
                record.id, record.kind, record.severity, record.positive, record.occurredOn, record.decidedOn,
                record.countsUntil, standing));
        notices.proposeIfDue(record);
        LOG.infof("credit record %s corrected to %s by %s", record.id, record.severity, by);
        return record;
    }

    /** Revokes a record; it stops counting at once (a debarment it caused ends only by decision). */
    public CreditRecord revoke(UUID recordId, String reason, String by) {
        CreditRecord record = lockedWithItsSupplier(recordId);
        record.revoke(reason, by, facts.now()).persist();
        Supplier supplier = facts.lockForChange(record.uscc);
        assessment.reassess(supplier);
        events.publish(CreditRecordRevokedV1.TYPE, supplier,
                standing -> new CreditRecordRevokedV1(record.uscc, record.id, standing));
        return record;
    }

    /** The record, read again after its supplier is locked, so it is decided on as it is now. */
    private CreditRecord lockedWithItsSupplier(UUID recordId) {
        CreditRecord record = require(recordId);
        facts.lockForChange(record.uscc);
        CreditRecord.getEntityManager().refresh(record);
        return record;
    }

    /** The region whose officials answer for a record: where it was entered, else the supplier's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String regionAnswerableFor(UUID recordId) {
        CreditRecord record = require(recordId);
        return record.enteredRegion != null ? record.enteredRegion : facts.require(record.uscc).region;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CreditRecord require(UUID recordId) {
        return CreditRecord.<CreditRecord>findByIdOptional(recordId)
                .orElseThrow(() -> new NotFoundProblem("no credit record " + recordId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CreditRecordAmendment> trailOf(UUID recordId) {
        return CreditRecordAmendment.list("recordId = ?1 order by amendedAt", recordId);
    }
}
