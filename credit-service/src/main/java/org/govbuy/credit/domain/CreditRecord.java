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

import org.govbuy.platform.error.DomainRuleViolation;
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

    /** When the decision establishing the fact was made; a debarment runs from this day. */
    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /** The region of the official or event that entered the record; null for records from before. */
    @Column(name = "entered_region", length = 6)
    public String enteredRegion;

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

    /**
     * Refuses facts no record may have, the same for a new record and a correction: a date after
     * today, a decision before the fact, a severity that does not suit the kind.
     */
    public static void requireSound(CreditRecordKind kind, Severity severity, LocalDate occurredOn,
            LocalDate decidedOn, LocalDate today) {
        if (occurredOn.isAfter(today)) {
            throw new DomainRuleViolation("occurredOn", "must not be after today (" + today + ")");
        }
        if (decidedOn.isBefore(occurredOn) || decidedOn.isAfter(today)) {
            throw new DomainRuleViolation("decidedOn", "must be between occurredOn and today (" + today + ")");
        }
        String problem = kind.problemWith(severity);
        if (problem != null) {
            throw new DomainRuleViolation("severity", problem);
        }
    }

    /** A new record in force; unless the facts say, it counts for the policy's period for its severity. */
    public static CreditRecord enter(CreditRecordFacts facts, String enteredBy, Instant now, LocalDate today,
            CreditPolicy policy) {
        requireSound(facts.kind(), facts.severity(), facts.occurredOn(), facts.decisionDate(), today);
        if (facts.countsUntil() != null && !facts.countsUntil().isAfter(facts.occurredOn())) {
            throw new DomainRuleViolation("countsUntil", "must be after occurredOn");
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
        record.decidedOn = facts.decisionDate();
        record.enteredRegion = facts.enteredRegion();
        record.countsUntil = facts.countsUntil() != null ? facts.countsUntil()
                : policy.countsUntil(record.positive, record.severity, record.occurredOn);
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
    /**
     * The supplier contests the record or applies for its repair (信用修复), naming its proof; the
     * authority answering for the record revokes or corrects it, or rejects the contest.
     */
    public CreditRecordAmendment contest(String reason, String evidenceReference, String by, Instant now) {
        requireStatus(CreditRecordStatus.IN_FORCE, "contest");
        status = CreditRecordStatus.CONTESTED;
        CreditRecordAmendment amendment = CreditRecordAmendment.of(this, CreditRecordAmendment.Action.CONTESTED,
                reason, by, now, null);
        amendment.evidenceReference = evidenceReference;
        return amendment;
    }

    /** A contest is rejected: the record stands. */
    public CreditRecordAmendment upholdContest(String reason, String by, Instant now) {
        requireStatus(CreditRecordStatus.CONTESTED, "uphold");
        status = CreditRecordStatus.IN_FORCE;
        return CreditRecordAmendment.of(this, CreditRecordAmendment.Action.CONTEST_REJECTED, reason, by, now, null);
    }

    /**
     * Corrects severity and dates, under the same rules as a new record; the record is in force
     * again, the old values kept in the trail.
     */
    public CreditRecordAmendment correct(Severity newSeverity, LocalDate newOccurredOn, LocalDate newDecidedOn,
            LocalDate newCountsUntil, String reason, String by, Instant now, LocalDate today, CreditPolicy policy) {
        if (status == CreditRecordStatus.REVOKED) {
            throw new IllegalTransitionException("credit record " + id + " is revoked and cannot be corrected");
        }
        LocalDate decided = newDecidedOn != null ? newDecidedOn : newOccurredOn;
        requireSound(kind, newSeverity, newOccurredOn, decided, today);
        LocalDate until = newCountsUntil != null ? newCountsUntil
                : policy.countsUntil(kind.isPositive(newSeverity), newSeverity, newOccurredOn);
        if (!until.isAfter(newOccurredOn)) {
            throw new DomainRuleViolation("countsUntil", "must be after occurredOn");
        }
        String before = "severity=" + severity + ", occurredOn=" + occurredOn + ", decidedOn=" + decidedOn
                + ", countsUntil=" + countsUntil;
        severity = newSeverity;
        positive = kind.isPositive(newSeverity);
        occurredOn = newOccurredOn;
        decidedOn = decided;
        countsUntil = until;
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
