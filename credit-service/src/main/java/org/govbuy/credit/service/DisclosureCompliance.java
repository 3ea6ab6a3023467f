package org.govbuy.credit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.config.CreditConfig;
import org.govbuy.credit.domain.DisclosureObligation;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierStatus;
import org.govbuy.credit.messaging.CreditEventsV1.DisclosureReminderV1;
import org.govbuy.platform.security.Jurisdiction;
import org.govbuy.platform.time.WorkingDayCalendar;
import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.error.NotFoundProblem;

/**
 * Information disclosure by social organisations (seed 000 篇5): annual reports by 31 March,
 * changes within 20 working days, reminders before each deadline, a correction notice when late,
 * and, still late after its deadline, the abnormal list, as the authority's decision
 * ({@link AbnormalListings}).
 */
@ApplicationScoped
@Transactional
public class DisclosureCompliance {

    private static final Logger LOG = Logger.getLogger(DisclosureCompliance.class);

    private final SupplierFacts facts;
    private final StandingEvents events;
    private final WorkingDayCalendar calendar;
    private final CreditConfig.Disclosure rules;
    private final AbnormalListings listings;

    DisclosureCompliance(SupplierFacts facts, StandingEvents events, WorkingDayCalendar calendar,
            CreditConfig config, AbnormalListings listings) {
        this.facts = facts;
        this.events = events;
        this.calendar = calendar;
        this.rules = config.disclosure();
        this.listings = listings;
    }

    /** A change happened and must be published within the configured working days. */
    public DisclosureObligation changeOccurred(String uscc, String whatChanged, LocalDate changedOn) {
        requireSocialOrganisation(facts.require(uscc));
        if (changedOn.isAfter(facts.today())) {
            throw new DomainRuleViolation("changedOn", "must not be after today (" + facts.today() + ")");
        }
        DisclosureObligation obligation = DisclosureObligation.changeReport(uscc, whatChanged, changedOn, calendar,
                rules.changeReportWorkingDays());
        obligation.persist();
        return obligation;
    }

    /** The annual report for {@code year} was published at {@code publishedAt}, {@code where}. */
    public DisclosureObligation annualReportPublished(String uscc, int year, Instant publishedAt, String where) {
        Supplier supplier = facts.lockForChange(uscc);
        requireSocialOrganisation(supplier);
        if (year >= facts.today().getYear() || year < supplier.establishedOn.getYear()) {
            throw new DomainRuleViolation("year", "must be a past year since the supplier was established");
        }
        if (LocalDate.ofInstant(publishedAt, facts.zone()).getYear() <= year) {
            throw new DomainRuleViolation("publishedAt", "an annual report for " + year + " is published after "
                    + year + " has ended");
        }
        DisclosureObligation obligation = annualObligation(uscc, year)
                .orElseGet(() -> persisted(DisclosureObligation.annualReport(uscc, year)));
        obligation.fulfil(publishedAt, where, facts.zone(), facts.now());
        dropNoticeIfGroundless(supplier);
        return obligation;
    }

    /** A change report was published at {@code publishedAt}, {@code where}. */
    public DisclosureObligation changeReportPublished(String uscc, UUID obligationId, Instant publishedAt,
            String where) {
        Supplier supplier = facts.lockForChange(uscc);
        DisclosureObligation obligation = DisclosureObligation.<DisclosureObligation>findByIdOptional(obligationId)
                .filter(o -> o.uscc.equals(uscc))
                .orElseThrow(() -> new NotFoundProblem("no disclosure obligation " + obligationId + " of " + uscc));
        obligation.fulfil(publishedAt, where, facts.zone(), facts.now());
        dropNoticeIfGroundless(supplier);
        return obligation;
    }

    /**
     * Civil affairs records a correction notice (责令限期改正) it issued, possibly before today, for
     * an obligation that was overdue then; the earliest notice counts. The check lists the
     * organisation once the deadline has passed.
     */
    public DisclosureObligation noticeIssued(String uscc, UUID obligationId, LocalDate issuedOn, LocalDate deadline) {
        DisclosureObligation obligation = DisclosureObligation.<DisclosureObligation>findByIdOptional(obligationId)
                .filter(o -> o.uscc.equals(uscc))
                .orElseThrow(() -> new NotFoundProblem("no disclosure obligation " + obligationId + " of " + uscc));
        if (issuedOn.isAfter(facts.today())) {
            throw new DomainRuleViolation("issuedOn", "must not be after today (" + facts.today() + ")");
        }
        if (!deadline.isAfter(issuedOn)) {
            throw new DomainRuleViolation("deadline", "must be after issuedOn");
        }
        obligation.recordNotice(issuedOn, deadline);
        return obligation;
    }

    /** What one run of the check did. */
    public record CheckSummary(int obligationsCreated, int noticesIssued, int listed) {
    }

    /**
     * The check, on demand, for the organisations of {@code region} and below it: see
     * {@link #checkSupplier}. The daily run checks one organisation per transaction instead.
     */
    public CheckSummary check(String region) {
        List<String> codes = Supplier.<Supplier>listAll().stream()
                .filter(s -> Jurisdiction.covers(region, s.region)).map(s -> s.uscc).toList();
        CheckSummary total = new CheckSummary(0, 0, 0);
        for (String uscc : codes) {
            CheckSummary one = checkSupplier(uscc);
            total = new CheckSummary(total.obligationsCreated() + one.obligationsCreated(),
                    total.noticesIssued() + one.noticesIssued(), total.listed() + one.listed());
        }
        return total;
    }

    /**
     * The check of one organisation: an active one owes last year's annual report; an overdue
     * obligation gets a correction notice; one still overdue after the notice's deadline puts the
     * organisation on the abnormal list.
     */
    public CheckSummary checkSupplier(String uscc) {
        Supplier supplier = facts.lockForChange(uscc);
        LocalDate today = facts.today();
        int lastYear = today.getYear() - 1;
        int created = 0;
        int notices = 0;
        int listed = 0;
        if (!supplier.organisationType.isSocialOrganisation()) {
            return new CheckSummary(0, 0, 0);
        }
        if (supplier.status == SupplierStatus.ACTIVE && supplier.establishedOn.getYear() <= lastYear
                && annualObligation(uscc, lastYear).isEmpty()) {
            persisted(DisclosureObligation.annualReport(uscc, lastYear));
            created++;
        }
        List<DisclosureObligation> open = DisclosureObligation.list("uscc = ?1 and fulfilledOn is null", uscc);
        open.forEach(obligation -> remindIfDue(supplier, obligation, today));
        for (DisclosureObligation obligation : open) {
            if (obligation.needsNotice(today)) {
                obligation.issueNotice(today, calendar.plusWorkingDays(today, rules.correctionWorkingDays()));
                LOG.infof("supplier %s: correction notice for %s", obligation.uscc, obligation.describe());
                notices++;
            } else if (obligation.pastCorrectionDeadline(today) && listings.proposeOrList(supplier, obligation, today)) {
                listed++;
            }
        }
        return new CheckSummary(created, notices, listed);
    }

    /**
     * One reminder per obligation and threshold: when several thresholds are due at once (the run
     * missed days, or the obligation arose late), one event goes out and all of them count as sent.
     */
    private void remindIfDue(Supplier supplier, DisclosureObligation obligation, LocalDate today) {
        List<Integer> due = obligation.remindersDue(today, rules.reminderDaysBefore());
        int inserted = 0;
        for (Integer days : due) {
            inserted += DisclosureObligation.getEntityManager().createNativeQuery("""
                    INSERT INTO disclosure_reminder (obligation_id, days_before, sent_at) VALUES (?1, ?2, ?3)
                    ON CONFLICT DO NOTHING""").setParameter(1, obligation.id).setParameter(2, days)
                    .setParameter(3, facts.now()).executeUpdate();
        }
        if (inserted > 0) {
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, obligation.dueOn);
            events.publish(DisclosureReminderV1.TYPE, supplier, standing -> new DisclosureReminderV1(supplier.uscc,
                    obligation.id, obligation.kind, obligation.subject, obligation.dueOn, daysLeft, standing));
            LOG.infof("supplier %s reminded: %s, %d day(s) left", supplier.uscc, obligation.describe(), daysLeft);
        }
    }

    /** These disclosure rules (seed 000 篇5) bind social organisations; others disclose elsewhere. */
    private static void requireSocialOrganisation(Supplier supplier) {
        if (!supplier.organisationType.isSocialOrganisation()) {
            throw new DomainRuleViolation("uscc", "is an " + supplier.organisationType + ": the disclosure rules "
                    + "for social organisations (annual reports, changes, the abnormal list) do not apply");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisclosureObligation> obligationsOf(String uscc) {
        return DisclosureObligation.list("uscc = ?1 order by dueOn", uscc);
    }

    /** Publishing removes nothing from the list (the authority decides); it may drop a pending notice. */
    private void dropNoticeIfGroundless(Supplier supplier) {
        listings.withdrawIfGroundless(supplier, facts.today());
    }

    private static Optional<DisclosureObligation> annualObligation(String uscc, int year) {
        return DisclosureObligation.find("uscc = ?1 and kind = ?2 and subject = ?3", uscc,
                DisclosureObligation.Kind.ANNUAL_REPORT, Integer.toString(year)).firstResultOptional();
    }

    private static DisclosureObligation persisted(DisclosureObligation obligation) {
        obligation.persist();
        return obligation;
    }
}
