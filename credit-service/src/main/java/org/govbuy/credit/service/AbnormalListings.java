package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.config.CreditConfig;
import org.govbuy.credit.domain.AbnormalListing;
import org.govbuy.credit.domain.DisclosureObligation;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.messaging.CreditEventsV1.AbnormalClearedV1;
import org.govbuy.credit.messaging.CreditEventsV1.AbnormalListedV1;
import org.govbuy.credit.messaging.CreditEventsV1.AbnormalListingProposedV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * The abnormal list as the authority's decisions (seed 000 篇5 第十六条): notice with a period to
 * state the case (告知/申辩), listing, and removal with reasons on application with proof (信用修复).
 */
@ApplicationScoped
@Transactional
public class AbnormalListings {

    private static final Logger LOG = Logger.getLogger(AbnormalListings.class);

    private final SupplierFacts facts;
    private final StandingEvents events;
    private final WorkingDayCalendar calendar;
    private final CreditConfig.Disclosure rules;

    AbnormalListings(SupplierFacts facts, StandingEvents events, WorkingDayCalendar calendar, CreditConfig config) {
        this.facts = facts;
        this.events = events;
        this.calendar = calendar;
        this.rules = config.disclosure();
    }

    /**
     * The daily step for one organisation that is past a correction deadline: notify it once, and
     * list it when its statement period is over without a statement. True when it was listed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean proposeOrList(Supplier supplier, DisclosureObligation obligation, LocalDate today) {
        Optional<AbnormalListing> open = open(supplier.uscc);
        if (open.isEmpty()) {
            AbnormalListing proposed = AbnormalListing.propose(supplier.uscc, today,
                    calendar.plusWorkingDays(today, rules.statementWorkingDays()),
                    "not published after the correction deadline: " + obligation.describe());
            proposed.persist();
            events.publish(AbnormalListingProposedV1.TYPE, supplier, standing -> new AbnormalListingProposedV1(
                    supplier.uscc, proposed.id, proposed.hearing().notifiedOn, proposed.hearing().statementDeadline, proposed.reason,
                    standing));
            LOG.infof("supplier %s notified of its abnormal listing, may state its case until %s", supplier.uscc,
                    proposed.hearing().statementDeadline);
            return false;
        }
        if (open.get().listIfStatementPeriodOver(today)) {
            announceListed(supplier, open.get());
            return true;
        }
        return false;
    }

    /** A proposal whose ground went away (everything due published) before listing is withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawIfGroundless(Supplier supplier, LocalDate today) {
        open(supplier.uscc).filter(l -> l.status == AbnormalListing.Status.PROPOSED)
                .filter(l -> !stillLate(supplier.uscc, today))
                .ifPresent(l -> l.withdraw("everything due was published before the listing", "system", today));
    }

    public AbnormalListing takeStatement(String uscc, UUID listingId, String statement) {
        AbnormalListing listing = locked(uscc, listingId);
        listing.takeStatement(statement, facts.today(), facts.now());
        return listing;
    }

    /** The authority's decision on a proposal: list the organisation, or withdraw. */
    public AbnormalListing decide(String uscc, UUID listingId, boolean list, String reason, String by) {
        AbnormalListing listing = locked(uscc, listingId);
        listing.decide(list, reason, by, facts.today());
        if (list) {
            announceListed(facts.lockForChange(uscc), listing);
        }
        return listing;
    }

    public AbnormalListing applyForRepair(String uscc, UUID listingId, String statement, String evidence) {
        AbnormalListing listing = locked(uscc, listingId);
        listing.applyForRepair(statement, evidence, facts.now());
        return listing;
    }

    public AbnormalListing rejectRepair(String uscc, UUID listingId, String reason, String by) {
        AbnormalListing listing = locked(uscc, listingId);
        listing.rejectRepair(reason, by);
        return listing;
    }

    /** Removal by the authority, with reasons; refused while the ground is still there. */
    public AbnormalListing remove(String uscc, UUID listingId, String reason, String by) {
        AbnormalListing listing = locked(uscc, listingId);
        LocalDate today = facts.today();
        if (stillLate(uscc, today)) {
            throw new IllegalTransitionException("supplier " + uscc + " still has a disclosure past its correction "
                    + "deadline: it cannot be removed from the abnormal list yet");
        }
        listing.remove(reason, by, today);
        Supplier supplier = facts.lockForChange(uscc);
        events.publish(AbnormalClearedV1.TYPE, supplier,
                standing -> new AbnormalClearedV1(uscc, listing.id, today, standing));
        LOG.infof("supplier %s removed from the abnormal list by %s: %s", uscc, by, reason);
        return listing;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AbnormalListing> of(String uscc) {
        facts.require(uscc);
        return facts.listings(uscc);
    }

    private void announceListed(Supplier supplier, AbnormalListing listing) {
        events.publish(AbnormalListedV1.TYPE, supplier, standing -> new AbnormalListedV1(supplier.uscc, listing.id,
                listing.listedOn, listing.reason, standing));
        LOG.infof("supplier %s put on the abnormal list: %s", supplier.uscc, listing.reason);
    }

    private AbnormalListing locked(String uscc, UUID listingId) {
        facts.lockForChange(uscc);
        return AbnormalListing.<AbnormalListing>findByIdOptional(listingId).filter(l -> l.uscc.equals(uscc))
                .orElseThrow(() -> new NotFoundProblem("no abnormal listing " + listingId + " of " + uscc));
    }

    private Optional<AbnormalListing> open(String uscc) {
        return facts.listings(uscc).stream().filter(AbnormalListing::isOpen).findFirst();
    }

    private static boolean stillLate(String uscc, LocalDate today) {
        return DisclosureObligation.<DisclosureObligation>list("uscc = ?1 and fulfilledOn is null", uscc).stream()
                .anyMatch(o -> o.pastCorrectionDeadline(today));
    }
}
