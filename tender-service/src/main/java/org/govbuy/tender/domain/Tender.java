package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * A tender (采购项目) made from an approved purchase plan: its procurement method, its lots and the
 * terms its announcement states. Announcing publishes it; until the bid deadline it may be amended
 * (published, pushing the deadline out when too little time is left) or cancelled with a published
 * reason. Bids are taken while it is announced and before the deadline by the server's clock.
 */
@Entity
@Table(name = "tender")
public class Tender extends PanacheEntityBase {

    /** A lot as the purchaser proposes it. */
    public record LotDraft(String title, Money budget) {
    }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "org_code", nullable = false)
    public String orgCode;

    @Column(nullable = false, length = 6)
    public String region;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "sub_item_code", nullable = false)
    public String subItemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProcurementMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenderStatus status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "service_starts_on", nullable = false)
    public LocalDate serviceStartsOn;

    @Column(name = "service_ends_on", nullable = false)
    public LocalDate serviceEndsOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "admitted_types", nullable = false, columnDefinition = "jsonb")
    public List<String> admittedTypes;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_rating")
    public Rating minimumRating;

    @Column(name = "other_requirements")
    public String otherRequirements;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public EvaluationMethod evaluation;

    @Column(name = "payment_terms", nullable = false)
    public String paymentTerms;

    @Column(name = "performance_standards", nullable = false)
    public String performanceStandards;

    @Column(name = "bid_deadline", nullable = false)
    public Instant bidDeadline;

    @Column(name = "opening_at", nullable = false)
    public Instant openingAt;

    @Column(name = "consortium_allowed", nullable = false)
    public boolean consortiumAllowed;

    /** Set when this tender buys a failed lot of another again (重新采购). */
    @jakarta.persistence.Embedded
    public Repurchase repurchase;

    /** A stable, continuous service (稳定持续的服务): its contract may run 36 months instead of 24. */
    @Column(name = "stable_service", nullable = false)
    public boolean stableService;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_abandonment", nullable = false)
    public TenderTerms.AbandonmentRule onAbandonment = TenderTerms.AbandonmentRule.NEXT_RANKED;

    /** 邀请招标: the suppliers invited (USCCs); 单一来源: the one named supplier. Empty for open methods. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "named_suppliers", nullable = false, columnDefinition = "jsonb")
    public List<String> namedSuppliers;

    @Column(name = "single_source_reason")
    public String singleSourceReason;

    @Column(name = "notice_ends_at")
    public Instant noticeEndsAt;

    @Column(name = "announced_at")
    public Instant announcedAt;

    @Column(name = "amendments", nullable = false)
    public int amendments;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "tender_id", insertable = false, updatable = false)
    @OrderBy("number")
    public List<Lot> lots = new ArrayList<>();

    @Version
    public long version;

    /**
     * A draft tender for an approved plan (whose budget the service has checked). Invited tenders name
     * at least as many suppliers as a lot needs valid bids; a single source names exactly one.
     */
    public static Tender draft(PurchasePlan plan, ProcurementMethod method, TenderTerms terms, List<LotDraft> lots,
            List<String> namedSuppliers, String singleSourceReason, String actor, Instant now, TenderRules rules) {
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        tender.planId = plan.id;
        tender.orgCode = plan.orgCode;
        tender.region = plan.region;
        tender.fiscalYear = plan.fiscalYear;
        tender.subItemCode = plan.subItemCode;
        tender.method = method;
        tender.status = TenderStatus.DRAFT;
        tender.createdBy = actor;
        tender.createdAt = now;
        tender.namedSuppliers = List.copyOf(new TreeSet<>(namedSuppliers == null ? List.of() : namedSuppliers));
        tender.singleSourceReason = singleSourceReason;
        tender.take(terms);
        for (int i = 0; i < lots.size(); i++) {
            tender.lots.add(Lot.of(tender.id, i + 1, lots.get(i).title(), lots.get(i).budget()));
        }
        tender.requireNamedSuppliersFit(rules);
        return tender;
    }

    private void requireNamedSuppliersFit(TenderRules rules) {
        switch (method) {
            case INVITED_TENDER -> {
                if (namedSuppliers.size() < rules.minimumValidBids(method)) {
                    throw new UnprocessableRequest("invitedSuppliers", "an invited tender invites at least "
                            + rules.minimumValidBids(method) + " suppliers (as many as a lot needs valid bids)");
                }
            }
            case SINGLE_SOURCE -> {
                if (namedSuppliers.size() != 1) {
                    throw new UnprocessableRequest("singleSourceSupplier", "a single-source tender names exactly one supplier");
                }
                if (singleSourceReason == null || singleSourceReason.isBlank()) {
                    throw new UnprocessableRequest("singleSourceReason", "a single-source tender publishes why no competition is held");
                }
            }
            default -> {
                if (!namedSuppliers.isEmpty()) {
                    throw new UnprocessableRequest("invitedSuppliers", "only an invited tender names the suppliers who may bid");
                }
            }
        }
    }

    public Money budget() {
        return lots.stream().map(l -> l.budget).reduce(Money.ZERO, Money::plus);
    }

    public TenderTerms terms() {
        return new TenderTerms(title, content, quantity, unit, serviceStartsOn, serviceEndsOn,
                Set.copyOf(admittedTypes.stream().map(SupplierKind::valueOf).toList()), minimumRating, otherRequirements,
                evaluation, paymentTerms, performanceStandards, bidDeadline, openingAt, consortiumAllowed, stableService,
                onAbandonment);
    }

    private void take(TenderTerms t) {
        title = t.title();
        content = t.content();
        quantity = t.quantity();
        unit = t.unit();
        serviceStartsOn = t.serviceStartsOn();
        serviceEndsOn = t.serviceEndsOn();
        admittedTypes = TenderTerms.sorted(t.admittedTypes());
        minimumRating = t.minimumRating();
        otherRequirements = t.otherRequirements();
        evaluation = t.evaluation();
        paymentTerms = t.paymentTerms();
        performanceStandards = t.performanceStandards();
        bidDeadline = t.bidDeadline();
        openingAt = t.openingAt();
        consortiumAllowed = t.consortiumAllowed();
        stableService = t.stableService();
        onAbandonment = t.onAbandonment();
    }

    /** Changes a draft before it is announced (no publication needed yet). */
    public void revise(TenderTerms terms) {
        requireStatus(TenderStatus.DRAFT, "revised as a draft");
        take(terms);
    }

    /**
     * Publishes the announcement. The times must leave bidders the method's minimum period; a single
     * source first publishes its intent for the notice period, during which objections are taken.
     */
    public void announce(Instant now, TenderRules rules, WorkingDayCalendar calendar) {
        requireStatus(TenderStatus.DRAFT, "announced");
        if (repurchase != null && repurchase.awaitsApproval()) {
            throw new IllegalTransitionException("the switch to " + method + " awaits finance's approval");
        }
        requireSoundTimes(now, now, rules, calendar);
        announcedAt = now;
        if (method == ProcurementMethod.SINGLE_SOURCE) {
            noticeEndsAt = AnnouncementTimes.noticeEnd(now, rules, calendar);
            status = TenderStatus.NOTICE;
        } else {
            status = TenderStatus.ANNOUNCED;
        }
    }

    private void requireSoundTimes(Instant now, Instant announced, TenderRules rules, WorkingDayCalendar calendar) {
        AnnouncementTimes.requireSound(method, bidDeadline, openingAt, serviceStartsOn, serviceEndsOn, now, announced,
                rules, calendar);
        evaluation.requireValid(rules.minimumPriceWeight());
    }

    /**
     * An amendment (更正公告) before the deadline: the new terms are published; when fewer than the
     * rule's days would remain before the deadline, the deadline (and the opening with it) moves out.
     */
    public boolean amend(TenderTerms changed, Instant now, TenderRules rules, WorkingDayCalendar calendar) {
        if (status != TenderStatus.ANNOUNCED && status != TenderStatus.NOTICE) {
            throw new IllegalTransitionException("only an announced tender is amended; this one is " + status);
        }
        if (!now.isBefore(bidDeadline)) {
            throw new IllegalTransitionException("the bid deadline has passed; the tender can no longer be amended");
        }
        take(changed);
        Instant earliest = now.plus(Duration.ofDays(rules.amendmentMinDaysLeft()));
        boolean pushed = bidDeadline.isBefore(earliest);
        if (pushed) {
            Duration gap = Duration.between(bidDeadline, openingAt);
            bidDeadline = earliest;
            openingAt = earliest.plus(gap);
        }
        requireSoundTimes(now, announcedAt, rules, calendar);
        amendments++;
        return pushed;
    }

    /** Cancelled before the opening, with a reason that is published (废标/终止公告). */
    public void cancel(String reason, Instant now) {
        if (!status.cancellable()) {
            throw new IllegalTransitionException("a " + status + " tender cannot be cancelled");
        }
        status = TenderStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason;
    }

    /** A single source whose notice ended with every objection answered proceeds to take its bid. */
    public boolean proceedAfterNotice(Instant now, long openObjections) {
        if (status != TenderStatus.NOTICE || now.isBefore(noticeEndsAt) || openObjections > 0) {
            return false;
        }
        status = TenderStatus.ANNOUNCED;
        return true;
    }

    /** The deadline passed: no more bids. False when there is nothing to close. */
    public boolean closeIfDue(Instant now) {
        if (status != TenderStatus.ANNOUNCED || now.isBefore(bidDeadline)) {
            return false;
        }
        status = TenderStatus.CLOSED;
        return true;
    }

    /** Bids are taken only while announced and strictly before the deadline, by the server's clock. */
    public void requireTakingBids(Instant now) {
        if (status == TenderStatus.CANCELLED) {
            throw new IllegalTransitionException("the tender was cancelled: " + cancellationReason);
        }
        if (status == TenderStatus.NOTICE) {
            throw new IllegalTransitionException("the single-source notice period has not ended with every objection answered");
        }
        if (status != TenderStatus.ANNOUNCED || !now.isBefore(bidDeadline)) {
            throw new IllegalTransitionException("the bid deadline " + bidDeadline + " has passed; no bid is taken");
        }
    }

    /** Invited tenders and single sources take bids from the named suppliers only. */
    public void requireMayBid(List<String> parties) {
        if (method != ProcurementMethod.INVITED_TENDER && method != ProcurementMethod.SINGLE_SOURCE) {
            return;
        }
        List<String> outsiders = parties.stream().filter(p -> !namedSuppliers.contains(p)).toList();
        if (!outsiders.isEmpty()) {
            throw new UnprocessableRequest("uscc", (method == ProcurementMethod.INVITED_TENDER
                    ? "only the invited suppliers may bid; not invited: " : "only the named supplier may bid; not named: ")
                    + String.join(", ", outsiders));
        }
    }

    /** Questions are taken until the cut-off before the deadline. */
    public Instant clarificationCutoff(TenderRules rules) {
        return bidDeadline.minus(Duration.ofDays(rules.clarificationCutoffDays()));
    }

    public Lot lot(int number) {
        return lots.stream().filter(l -> l.number == number).findFirst().orElse(null);
    }

    /** Opening: the tender is opened once, at or after its opening time. */
    public void markOpened(Instant now) {
        if (status != TenderStatus.CLOSED && status != TenderStatus.ANNOUNCED) {
            throw new IllegalTransitionException("a " + status + " tender cannot be opened");
        }
        if (now.isBefore(openingAt)) {
            throw new IllegalTransitionException("the opening time " + openingAt + " has not come");
        }
        status = TenderStatus.OPENED;
        openedAt = now;
    }

    public boolean isPublic() {
        return status != TenderStatus.DRAFT;
    }

    private void requireStatus(TenderStatus expected, String what) {
        if (status != expected) {
            throw new IllegalTransitionException("a " + status + " tender cannot be " + what);
        }
    }
}
