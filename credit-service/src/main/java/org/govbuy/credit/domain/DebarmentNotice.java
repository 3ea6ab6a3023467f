package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * The notice that a supplier is to be debarred for a record (告知), with the period in which it may
 * state its case (申辩). Without a statement the debarment takes effect when the period ends; with
 * one, the authority answering for the record decides, with reasons.
 */
@Entity
@Table(name = "debarment_notice")
public class DebarmentNotice extends PanacheEntityBase {

    public enum Status {
        PENDING, DEBARRED, WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Embedded
    public Hearing hearing;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decision_reason", length = 1000)
    public String decisionReason;

    protected DebarmentNotice() {
    }

    public static DebarmentNotice notify(CreditRecord record, LocalDate today, LocalDate statementDeadline) {
        DebarmentNotice notice = new DebarmentNotice();
        notice.id = UUID.randomUUID();
        notice.recordId = record.id;
        notice.uscc = record.uscc;
        notice.status = Status.PENDING;
        notice.hearing = Hearing.notified(today, statementDeadline);
        return notice;
    }

    /** The supplier states its case, by the deadline, once. */
    public void takeStatement(String text, LocalDate today, Instant now) {
        requirePending("take a statement");
        hearing.takeStatement(text, today, now);
    }

    /** True, once, when the period ended without a statement: the debarment takes effect. */
    public boolean takeEffectIfDue(LocalDate today) {
        if (status != Status.PENDING || !hearing.endedWithoutStatement(today)) {
            return false;
        }
        status = Status.DEBARRED;
        decidedOn = today;
        decisionReason = "no statement by " + hearing.statementDeadline;
        return true;
    }

    /** The authority decides after hearing the supplier (not before it was heard or its time ran out). */
    public void decide(boolean debar, String reason, String by, LocalDate today) {
        requirePending("decide on it");
        if (debar) {
            hearing.requireHeard(today);
        }
        status = debar ? Status.DEBARRED : Status.WITHDRAWN;
        decidedOn = today;
        decidedBy = by;
        decisionReason = reason;
    }

    /** The record no longer debars (revoked, lowered): nothing to decide any more. */
    public void lapse(LocalDate today) {
        requirePending("let it lapse");
        status = Status.WITHDRAWN;
        decidedOn = today;
        decisionReason = "the record no longer debars";
    }

    private void requirePending(String action) {
        if (status != Status.PENDING) {
            throw new IllegalTransitionException("debarment notice " + id + " is " + status + ": cannot " + action);
        }
    }
}
