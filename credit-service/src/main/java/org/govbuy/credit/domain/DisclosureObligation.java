package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.time.WorkingDayCalendar;
import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.error.IllegalTransitionException;

/**
 * Something a social organisation must publish (信息公开, seed 000 篇5): its annual report for the
 * previous year by 31 March (第六条), or a change within 20 working days (第八条). When it is late
 * a correction notice (责令限期改正) sets a deadline; late after that, the organisation goes on the
 * abnormal list (第十六条).
 */
@Entity
@Table(name = "disclosure_obligation")
public class DisclosureObligation extends PanacheEntityBase {

    public enum Kind {
        /** 年度工作报告 */
        ANNUAL_REPORT,
        /** 变更信息 */
        CHANGE_REPORT
    }

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    /** The report year, or what changed. */
    @Column(nullable = false, length = 300)
    public String subject;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "fulfilled_on")
    public LocalDate fulfilledOn;

    /** The moment of publication as it happened; {@code fulfilledOn} is its day in the deployment's zone. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_where", length = 500)
    public String publishedWhere;

    /** When the publication was recorded here (may be days after it happened). */
    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "notice_issued_on")
    public LocalDate noticeIssuedOn;

    @Column(name = "correction_deadline")
    public LocalDate correctionDeadline;

    protected DisclosureObligation() {
    }

    /** The annual report for {@code year}, due by 31 March of the next year. */
    public static DisclosureObligation annualReport(String uscc, int year) {
        return create(uscc, Kind.ANNUAL_REPORT, Integer.toString(year), LocalDate.of(year + 1, 3, 31));
    }

    /** A change that happened on {@code changedOn}, due within {@code workingDays} working days. */
    public static DisclosureObligation changeReport(String uscc, String whatChanged, LocalDate changedOn,
            WorkingDayCalendar calendar, int workingDays) {
        return create(uscc, Kind.CHANGE_REPORT, whatChanged, calendar.plusWorkingDays(changedOn, workingDays));
    }

    private static DisclosureObligation create(String uscc, Kind kind, String subject, LocalDate dueOn) {
        DisclosureObligation obligation = new DisclosureObligation();
        obligation.id = UUID.randomUUID();
        obligation.uscc = uscc;
        obligation.kind = kind;
        obligation.subject = subject;
        obligation.dueOn = dueOn;
        return obligation;
    }

    public boolean isFulfilled() {
        return fulfilledOn != null;
    }

    /**
     * The organisation published what was due, at {@code publishedAt} (counted on its day in
     * {@code zone}: 23:30 on 31 March in Beijing is on time, whenever it is recorded).
     */
    public void fulfil(Instant publishedAt, String where, ZoneId zone, Instant recordedAt) {
        if (isFulfilled()) {
            throw new IllegalTransitionException(kind + " " + subject + " was already published on " + fulfilledOn);
        }
        if (publishedAt.isAfter(recordedAt)) {
            throw new DomainRuleViolation("publishedAt", "must not be in the future");
        }
        this.publishedAt = publishedAt;
        this.publishedWhere = where;
        this.recordedAt = recordedAt;
        fulfilledOn = LocalDate.ofInstant(publishedAt, zone);
    }

    /** Published after the day it was due. */
    public boolean metLate() {
        return isFulfilled() && fulfilledOn.isAfter(dueOn);
    }

    /**
     * The reminder thresholds (days before the deadline) that are due on {@code today} for an open
     * obligation: every threshold at or above the days left, before the deadline has passed.
     */
    public java.util.List<Integer> remindersDue(LocalDate today, java.util.Collection<Integer> daysBefore) {
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
        if (isFulfilled() || daysLeft < 0) {
            return java.util.List.of();
        }
        return daysBefore.stream().filter(days -> daysLeft <= days).sorted().toList();
    }

    /** Late and not yet told to correct. */
    public boolean needsNotice(LocalDate today) {
        return !isFulfilled() && noticeIssuedOn == null && today.isAfter(dueOn);
    }

    public void issueNotice(LocalDate today, LocalDate deadline) {
        noticeIssuedOn = today;
        correctionDeadline = deadline;
    }

    /**
     * Records a notice civil affairs issued on {@code issuedOn}. The earliest notice counts: one
     * recorded from the office's files replaces an automatic notice issued later.
     */
    public void recordNotice(LocalDate issuedOn, LocalDate deadline) {
        if (isFulfilled() || !issuedOn.isAfter(dueOn)) {
            throw new IllegalTransitionException("no notice can be issued on " + issuedOn + " for " + describe()
                    + (isFulfilled() ? " (published on " + fulfilledOn + ")" : ""));
        }
        if (noticeIssuedOn != null && !issuedOn.isBefore(noticeIssuedOn)) {
            throw new IllegalTransitionException("a notice was already issued on " + noticeIssuedOn + " for "
                    + describe());
        }
        issueNotice(issuedOn, deadline);
    }

    /** Still unpublished after the correction deadline: grounds for the abnormal list. */
    public boolean pastCorrectionDeadline(LocalDate today) {
        return !isFulfilled() && correctionDeadline != null && today.isAfter(correctionDeadline);
    }

    public String describe() {
        return (kind == Kind.ANNUAL_REPORT ? "annual report " : "change report (") + subject
                + (kind == Kind.ANNUAL_REPORT ? "" : ")") + " due " + dueOn
                + (correctionDeadline != null ? ", correction deadline " + correctionDeadline : "");
    }
}
