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
 * The abnormal list (活动异常名录) for not publishing after a correction deadline (seed 000 篇5
 * 第十六条), as the authority's decision: the organisation is first notified and may state its case
 * by a deadline (告知/申辩); without a statement it is listed when the deadline has passed, with one
 * the authority decides. Only the authority removes it, with reasons, on the organisation's
 * application with proof (信用修复) or of its own motion; publishing alone removes nothing.
 */
@Entity
@Table(name = "abnormal_listing")
public class AbnormalListing extends PanacheEntityBase {

    public enum Status {
        /** Notified, the statement period running or a statement awaiting the authority's decision. */
        PROPOSED,
        LISTED,
        /** The authority decided not to list (after a statement, or the ground went away). */
        WITHDRAWN,
        /** Removed from the list by the authority's decision. */
        REMOVED
    }

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    /** The notice and the statement; absent on listings made before notices were given. */
    @Embedded
    private Hearing hearing;

    @Column(name = "listed_on")
    public LocalDate listedOn;

    @Column(nullable = false, length = 1000)
    public String reason;

    /** The day the proposal was withdrawn or the listing removed. */
    @Column(name = "cleared_on")
    public LocalDate clearedOn;

    @Column(name = "clear_reason", length = 1000)
    public String clearReason;

    /** Who decided to list (after a statement), to withdraw or to remove. */
    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "repair_statement", length = 2000)
    public String repairStatement;

    @Column(name = "repair_evidence", length = 500)
    public String repairEvidence;

    @Column(name = "repair_requested_at")
    public Instant repairRequestedAt;

    @Column(name = "repair_rejection", length = 1000)
    public String repairRejection;

    protected AbnormalListing() {
    }

    /** Notifies the organisation that it is to be listed; it may state its case until {@code statementDeadline}. */
    public static AbnormalListing propose(String uscc, LocalDate notifiedOn, LocalDate statementDeadline,
            String reason) {
        AbnormalListing listing = new AbnormalListing();
        listing.id = UUID.randomUUID();
        listing.uscc = uscc;
        listing.status = Status.PROPOSED;
        listing.hearing = Hearing.notified(notifiedOn, statementDeadline);
        listing.reason = reason;
        return listing;
    }

    public Hearing hearing() {
        return hearing != null ? hearing : Hearing.none();
    }

    /** Listed and not removed on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return listedOn != null && !day.isBefore(listedOn) && (clearedOn == null || day.isBefore(clearedOn));
    }

    /** Still open: proposed or listed, not withdrawn or removed (at most one per organisation). */
    public boolean isOpen() {
        return status == Status.PROPOSED || status == Status.LISTED;
    }

    /** The organisation states its case (申辩), by the deadline, once. */
    public void takeStatement(String text, LocalDate today, Instant now) {
        require(Status.PROPOSED, "take a statement");
        hearing.takeStatement(text, today, now);
    }

    /** Lists an organisation that made no statement once its period is over; true when it did. */
    public boolean listIfStatementPeriodOver(LocalDate today) {
        if (status != Status.PROPOSED || !hearing.endedWithoutStatement(today)) {
            return false;
        }
        status = Status.LISTED;
        listedOn = today;
        return true;
    }

    /** The authority decides on a proposal after hearing the organisation: list it, or not. */
    public void decide(boolean list, String decisionReason, String by, LocalDate today) {
        require(Status.PROPOSED, "decide on it");
        if (!list) {
            withdraw(decisionReason, by, today);
            return;
        }
        hearing.requireHeard(today);
        status = Status.LISTED;
        listedOn = today;
        decidedBy = by;
    }

    /** The proposal is dropped (decided, or its ground went away before the listing). */
    public void withdraw(String why, String by, LocalDate today) {
        require(Status.PROPOSED, "withdraw it");
        status = Status.WITHDRAWN;
        clearedOn = today;
        clearReason = why;
        decidedBy = by;
    }

    /** The organisation applies for removal with its proof (信用修复). */
    public void applyForRepair(String text, String evidence, Instant now) {
        require(Status.LISTED, "apply for its removal");
        if (repairRequestedAt != null && repairRejection == null) {
            throw new IllegalTransitionException("an application of " + repairRequestedAt + " awaits a decision");
        }
        repairStatement = text;
        repairEvidence = evidence;
        repairRequestedAt = now;
        repairRejection = null;
    }

    /** The authority refuses the application, with reasons; the organisation may apply again. */
    public void rejectRepair(String why, String by) {
        require(Status.LISTED, "decide on an application");
        if (repairRequestedAt == null || repairRejection != null) {
            throw new IllegalTransitionException("no application for removal awaits a decision");
        }
        repairRejection = why;
        decidedBy = by;
    }

    /** The authority removes the organisation from the list, with reasons. */
    public void remove(String why, String by, LocalDate today) {
        require(Status.LISTED, "remove it");
        status = Status.REMOVED;
        clearedOn = today;
        clearReason = why;
        decidedBy = by;
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("abnormal listing " + id + " is " + status + ": cannot " + action);
        }
    }
}
