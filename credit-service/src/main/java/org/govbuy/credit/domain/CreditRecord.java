package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A credit record (信用记录): one positive or negative fact about a supplier, from a named source,
 * with the date it happened and the date it stops counting. Records are never deleted: a wrong
 * one is corrected or revoked, each step kept as a {@link CreditRecordAmendment} (信用修复).
 */
@Entity
@Table(name = "credit_record")
public class CreditRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public CreditRecordKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Severity severity;

    @Column(nullable = false)
    public boolean positive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public RecordSource source;

    /** Reference to the evidence (document number, contract id …); never public. */
    @Column(name = "evidence_reference", nullable = false, length = 300)
    public String evidenceReference;

    /** Why it was entered; internal, never public. */
    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "counts_until", nullable = false)
    public LocalDate countsUntil;

    @Column(name = "entered_by", nullable = false, length = 100)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CreditRecordStatus status;

    /** The event this record came from, when another service reported it (idempotency). */
    @Column(name = "source_event_id", length = 64)
    public String sourceEventId;

    @Version
    public long version;

    protected CreditRecord() {
    }

    /** A new record in force; {@code countsUntil} comes from the policy for its severity. */
    public static CreditRecord enter(CreditRecordFacts facts, String enteredBy, Instant now, LocalDate countsUntil) {
        if (facts.countsUntil() != null && !facts.countsUntil().isAfter(facts.occurredOn())) {
            throw new org.govbuy.platform.error.DomainRuleViolation("countsUntil", "must be after occurredOn");
        }
        CreditRecord record = new CreditRecord();
        record.id = UUID.randomUUID();
        record.uscc = facts.uscc();
        record.kind = facts.kind();
        record.severity = facts.severity();
        record.positive = facts.kind().isPositive(facts.severity());
        record.source = facts.source();
        record.evidenceReference = facts.evidenceReference();
        record.reason = facts.reason();
        record.occurredOn = facts.occurredOn();
        record.countsUntil = facts.countsUntil() != null ? facts.countsUntil() : countsUntil;
        record.enteredBy = enteredBy;
        record.enteredAt = now;
        record.status = CreditRecordStatus.IN_FORCE;
        record.sourceEventId = facts.sourceEventId();
        return record;
    }

    /** Whether the record counts for the score and eligibility on {@code day}. */
    public boolean countsOn(LocalDate day) {
        return status.counts() && !occurredOn.isAfter(day) && day.isBefore(countsUntil);
    }

    /** The supplier disputes the record; it keeps counting until someone decides. */
    public CreditRecordAmendment contest(String reason, String by, Instant now) {
        requireStatus(CreditRecordStatus.IN_FORCE, "contest");
        status = CreditRecordStatus.CONTESTED;
        return CreditRecordAmendment.of(this, CreditRecordAmendment.Action.CONTESTED, reason, by, now, null);
    }

    /** A contest is rejected: the record stands. */
    public CreditRecordAmendment upholdContest(String reason, String by, Instant now) {
        requireStatus(CreditRecordStatus.CONTESTED, "uphold");
        status = CreditRecordStatus.IN_FORCE;
        return CreditRecordAmendment.of(this, CreditRecordAmendment.Action.CONTEST_REJECTED, reason, by, now, null);
    }

    /** Corrects severity and dates; the record is in force again, the old values kept in the trail. */
    public CreditRecordAmendment correct(Severity newSeverity, LocalDate newOccurredOn, LocalDate newCountsUntil,
            String reason, String by, Instant now) {
        if (status == CreditRecordStatus.REVOKED) {
            throw new IllegalTransitionException("credit record " + id + " is revoked and cannot be corrected");
        }
        if (!newCountsUntil.isAfter(newOccurredOn)) {
            throw new org.govbuy.platform.error.DomainRuleViolation("countsUntil", "must be after occurredOn");
        }
        String before = "severity=" + severity + ", occurredOn=" + occurredOn + ", countsUntil=" + countsUntil;
        severity = newSeverity;
        positive = kind.isPositive(newSeverity);
        occurredOn = newOccurredOn;
        countsUntil = newCountsUntil;
        status = CreditRecordStatus.IN_FORCE;
        return CreditRecordAmendment.of(this, CreditRecordAmendment.Action.CORRECTED, reason, by, now, before);
    }

    /** Revokes the record: it no longer counts, and stays visible in the audit trail. */
    public CreditRecordAmendment revoke(String reason, String by, Instant now) {
        if (status == CreditRecordStatus.REVOKED) {
            throw new IllegalTransitionException("credit record " + id + " is already revoked");
        }
        status = CreditRecordStatus.REVOKED;
        return CreditRecordAmendment.of(this, CreditRecordAmendment.Action.REVOKED, reason, by, now, null);
    }

    /** Whether this record debars its supplier: a major violation, or a serious or major breach. */
    public boolean debars() {
        return !positive && (severity == Severity.MAJOR
                || kind == CreditRecordKind.CONTRACT_BREACH && severity == Severity.SERIOUS);
    }

    private void requireStatus(CreditRecordStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("cannot " + action + " credit record " + id + " while it is " + status);
        }
    }
}
