package org.govbuy.tender.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.platform.schedule.Jobs;
import org.govbuy.platform.time.WorkingDayCalendar;
import org.govbuy.tender.config.SealingKeys;
import org.govbuy.tender.domain.Amendment;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.Money;
import org.govbuy.tender.domain.ProcurementMethod;
import org.govbuy.tender.domain.PurchasePlan;
import org.govbuy.tender.domain.Repurchase;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderOpeningKey;
import org.govbuy.tender.domain.TenderRules;
import org.govbuy.tender.domain.TenderStatus;
import org.govbuy.tender.domain.TenderTerms;
import org.govbuy.tender.messaging.TenderEventsV1.AnnouncementV1;
import org.govbuy.tender.messaging.TenderEventsV1.SingleSourceNoticePublishedV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderAmendedV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderAnnouncedV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderCancelledV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderReTenderedV1;

/**
 * Tenders from approved plans: drafted, announced (published, with its opening key made and its
 * closing and opening scheduled as durable jobs), amended and cancelled.
 */
@ApplicationScoped
@Transactional
public class Tenders {

    private static final Logger LOG = Logger.getLogger(Tenders.class);

    static final String CLOSE_BIDDING = "tender.close-bidding";
    static final String OPEN_BIDS = "tender.open-bids";
    static final String NOTICE_ENDS = "tender.notice-ends";

    private final PurchasePlans plans;
    private final Outbox outbox;
    private final Jobs jobs;
    private final Clock clock;
    private final TenderRules rules;
    private final WorkingDayCalendar calendar;
    private final SealingKeys keys;

    Tenders(PurchasePlans plans, Outbox outbox, Jobs jobs, Clock clock, TenderRules rules, WorkingDayCalendar calendar,
            SealingKeys keys) {
        this.plans = plans;
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
        this.rules = rules;
        this.calendar = calendar;
        this.keys = keys;
    }

    /** A draft for an approved plan; the plan is locked so two tenders cannot both spend its last budget. */
    public Tender draft(UUID planId, ProcurementMethod method, TenderTerms terms, List<Tender.LotDraft> lots,
            List<String> namedSuppliers, String singleSourceReason, String actor) {
        PurchasePlan plan = plans.lock(planId);
        Money lotsBudget = lots.stream().map(Tender.LotDraft::budget).reduce(Money.ZERO, Money::plus);
        plan.requireCovers(tenderedFrom(plan.id), lotsBudget);
        Tender tender = Tender.draft(plan, method, terms, lots, namedSuppliers, singleSourceReason, actor,
                clock.instant(), rules);
        tender.persist();
        LOG.infof("tender %s drafted from plan %s (%s, %d lots)", tender.id, plan.id, method, lots.size());
        return tender;
    }

    /** What the plan's other tenders (all but the cancelled) already take from its budget; a failed lot gives its share back. */
    private static Money tenderedFrom(UUID planId) {
        return Tender.<Tender>list("planId = ?1 and status <> ?2", planId, TenderStatus.CANCELLED).stream()
                .flatMap(t -> t.lots.stream()).filter(l -> l.status != Lot.Status.FAILED).map(l -> l.budget)
                .reduce(Money.ZERO, Money::plus);
    }

    /** A failed lot bought again as a new draft from the same plan; published on the original tender. */
    public Tender reTender(UUID id, int lot, ProcurementMethod method, List<String> named, String singleSourceReason,
            String reason, String actor) {
        Tender failed = lock(id);
        if (Tender.count("repurchase.originalTender = ?1 and repurchase.originalLot = ?2 and status <> ?3", id, lot, TenderStatus.CANCELLED) > 0) {
            throw new IllegalTransitionException("lot " + lot + " of tender " + id + " is being re-tendered already");
        }
        PurchasePlan plan = plans.lock(failed.planId);
        Tender again = Repurchase.draft(failed, plan, lot, method, named, singleSourceReason, reason, actor,
                clock.instant(), rules);
        plan.requireCovers(tenderedFrom(plan.id), again.budget());
        again.persist();
        publish(failed, TenderReTenderedV1.TYPE, new TenderReTenderedV1(id, lot, again.id, again.method,
                again.repurchase.methodChange != null, reason, clock.instant()));
        LOG.infof("tender %s lot %d re-tendered as %s (%s%s)", id, lot, again.id, again.method,
                again.repurchase.awaitsApproval() ? ", method switch awaits finance" : "");
        return again;
    }

    public Tender approveMethodChange(UUID id, String by) {
        Tender tender = lock(id);
        if (tender.repurchase == null) {
            throw new IllegalTransitionException("tender " + id + " has no switch of method awaiting approval");
        }
        tender.repurchase.approveMethodChange(id, by);
        return tender;
    }

    public Tender revise(UUID id, TenderTerms terms) {
        Tender tender = lock(id);
        tender.revise(terms);
        return tender;
    }

    public Tender announce(UUID id) {
        Tender tender = lock(id);
        Instant now = clock.instant();
        tender.announce(now, rules, calendar);
        TenderOpeningKey.create(tender.id, keys.currentKekId(), keys.kek(keys.currentKekId()), now).persist();
        if (tender.status == TenderStatus.NOTICE) {
            jobs.schedule(NOTICE_ENDS, tender.id.toString(), tender.noticeEndsAt, null);
            publish(tender, SingleSourceNoticePublishedV1.TYPE, new SingleSourceNoticePublishedV1(announcement(tender)));
        } else {
            publish(tender, TenderAnnouncedV1.TYPE, new TenderAnnouncedV1(announcement(tender)));
        }
        scheduleTimes(tender);
        LOG.infof("tender %s announced (%s): bids until %s, opening %s", tender.id, tender.method, tender.bidDeadline,
                tender.openingAt);
        return tender;
    }

    public Tender amend(UUID id, TenderTerms terms, String description) {
        Tender tender = lock(id);
        Instant now = clock.instant();
        boolean pushed = tender.amend(terms, now, rules, calendar);
        Amendment amendment = Amendment.of(tender, description, pushed, now);
        amendment.persist();
        jobs.reschedule(CLOSE_BIDDING, tender.id.toString(), tender.bidDeadline);
        jobs.reschedule(OPEN_BIDS, tender.id.toString(), tender.openingAt);
        publish(tender, TenderAmendedV1.TYPE, new TenderAmendedV1(tender.id, amendment.number, description, pushed,
                announcement(tender), now));
        LOG.infof("tender %s amended (no. %d)%s", tender.id, amendment.number,
                pushed ? ", deadline pushed out to " + tender.bidDeadline : "");
        return tender;
    }

    public Tender cancel(UUID id, String reason) {
        Tender tender = lock(id);
        boolean wasPublic = tender.isPublic();
        tender.cancel(reason, clock.instant());
        for (String kind : List.of(CLOSE_BIDDING, OPEN_BIDS, NOTICE_ENDS)) {
            jobs.cancel(kind, tender.id.toString());
        }
        if (wasPublic) {
            publish(tender, TenderCancelledV1.TYPE, new TenderCancelledV1(tender.id, reason, tender.cancelledAt));
        }
        LOG.infof("tender %s cancelled", tender.id);
        return tender;
    }

    private void scheduleTimes(Tender tender) {
        jobs.schedule(CLOSE_BIDDING, tender.id.toString(), tender.bidDeadline, null);
        jobs.schedule(OPEN_BIDS, tender.id.toString(), tender.openingAt, null);
    }

    public AnnouncementV1 announcement(Tender tender) {
        return AnnouncementV1.of(tender, rules);
    }

    void publish(Tender tender, String type, Object data) {
        outbox.record(new DomainEvent(type, tender.id.toString(), tender.region, data));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tender require(UUID id) {
        return Tender.<Tender>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("no tender " + id));
    }

    /** A tender as the public may see it: announced at some point (never a draft). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tender requirePublic(UUID id) {
        Tender tender = require(id);
        if (!tender.isPublic()) {
            throw new NotFoundProblem("no tender " + id);
        }
        return tender;
    }

    /** Locks the tender for a change: its events are numbered in order, and bids wait for it. */
    public Tender lock(UUID id) {
        return locked(id, "FOR NO KEY UPDATE").orElseThrow(() -> new NotFoundProblem("no tender " + id));
    }

    /**
     * The tender, its row locked by a statement of our own before it is read (so the read sees the
     * latest committed state): {@code FOR SHARE} lets bids proceed side by side while changes to the
     * tender wait, {@code FOR NO KEY UPDATE} makes a change wait for them. Its lots change only under
     * this lock, so the tender's row stands for them. Hibernate's own locked load of a tender also
     * locks the eagerly loaded lots by a follow-on statement, and that code threw
     * ConcurrentModificationException under concurrent bids (a 500 the e2e deadline race found).
     * Call it before anything else in the transaction reads this tender.
     */
    static Optional<Tender> locked(UUID id, String rowLock) {
        boolean exists = !Tender.getEntityManager().createNativeQuery("SELECT 1 FROM tender WHERE id = ?1 " + rowLock)
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? Tender.findByIdOptional(id) : Optional.empty();
    }

    /** A department's tenders in its region, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Tender> ofOrganisation(String orgCode, String region, Paging paging) {
        return PageView.of(Tender.find("orgCode = ?1 and region = ?2 order by createdAt desc, id", orgCode, region), paging);
    }

    /** The tenders of regions within {@code regionPrefix} (a jurisdiction), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Tender> ofJurisdiction(String regionPrefix, Paging paging) {
        return PageView.of(Tender.find("region like ?1 order by createdAt desc, id", regionPrefix + "%"), paging);
    }

    public TenderRules rules() {
        return rules;
    }
}
