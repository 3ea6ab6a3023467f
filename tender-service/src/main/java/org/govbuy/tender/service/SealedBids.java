package org.govbuy.tender.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.tender.config.SealingKeys;
import org.govbuy.tender.config.TenderConfig;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.BidContent;
import org.govbuy.tender.domain.BidDocument;
import org.govbuy.tender.domain.BidEligibility;
import org.govbuy.tender.domain.BidParty;
import org.govbuy.tender.domain.BidReceipt;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.Money;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderOpeningKey;
import org.govbuy.tender.domain.TenderRules;
import org.govbuy.tender.messaging.TenderEventsV1.BidReceivedV1;

/**
 * Sealed bids: submitted, replaced or withdrawn until the deadline by the server's clock; checked
 * for eligibility with evidence; sealed to the tender's opening key; answered with a signed receipt.
 * The tender is held with a shared lock while a bid is taken, so the opening (which takes it
 * exclusively) sees every bid that was accepted and none arrives after it.
 */
@ApplicationScoped
@Transactional
public class SealedBids {

    private static final Logger LOG = Logger.getLogger(SealedBids.class);

    /** What a supplier offers, as it arrives. */
    public record Offer(Money price, String proposal, List<String> declarations, List<String> members,
            List<String> documents) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final TenderRules rules;
    private final SealingKeys keys;
    private final int maxProposalLength;

    SealedBids(Outbox outbox, Clock clock, TenderRules rules, SealingKeys keys, TenderConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
        this.keys = keys;
        this.maxProposalLength = config.bids().maxProposalLength();
    }

    public BidReceipt submit(UUID tenderId, int lotNumber, String lead, Offer offer) {
        Tender tender = shared(tenderId);
        Instant now = clock.instant();
        tender.requireTakingBids(now);
        Lot lot = requireLot(tender, lotNumber);
        List<String> parties = parties(tender, lead, offer.members());
        tender.requireMayBid(parties);
        requireSoundOffer(lot, offer);
        Bid.EligibilityEvidence check = eligibility(tender, parties, today(now));
        if (!check.eligible()) {
            throw new UnprocessableRequest("the supplier is not eligible to bid: " + String.join("; ", check.reasons()),
                    check.parties().stream().flatMap(p -> p.failed().stream().map(f -> new Problem.Violation(
                            p.uscc().equals(lead) ? "uscc" : "members", p.uscc() + " " + f.condition() + ": " + f.detail())))
                            .toList());
        }
        Optional<Bid> previous = activeBidLedBy(lot, lead);
        requireNotInAnotherBid(lot, parties, previous.map(b -> b.id).orElse(null));
        previous.ifPresent(bid -> end(bid, () -> bid.replace(now)));

        List<BidDocument> documents = stagedDocuments(tender, lot, lead, offer.documents());
        BidContent content = new BidContent(UUID.randomUUID(), tender.id, lot.number, lead, offer.members(),
                offer.price(), offer.proposal(), offer.declarations(),
                documents.stream().map(BidDocument::listing).toList(), BidContent.newSalt());
        BidReceipt receipt = BidReceipt.sign(content.bidId(), tender.id, lot.number, lead, content.digest(), now,
                keys.receiptKeyId(), keys.receiptPrivateKey());
        TenderOpeningKey openingKey = TenderOpeningKey.findById(tender.id);
        Bid bid = Bid.seal(content, lot.id, openingKey.publicKey, receipt, check);
        bid.persist();
        parties.forEach(uscc -> BidParty.of(bid, uscc).persist());
        documents.forEach(document -> document.bidId = bid.id);
        outbox.record(new DomainEvent(BidReceivedV1.TYPE, bid.id.toString(), tender.region,
                new BidReceivedV1(tender.id, lot.number, now)));
        LOG.infof("bid %s received for tender %s lot %d%s", bid.id, tender.id, lot.number,
                previous.isPresent() ? " (replacing the supplier's earlier bid)" : "");
        return receipt;
    }

    /**
     * Seals a document for the supplier's next bid on the lot (a new upload of the same name replaces
     * the staged one). Taken only while the tender takes bids from this supplier.
     */
    public BidDocument stageDocument(UUID tenderId, int lotNumber, String uscc, String name, String mediaType,
            byte[] bytes, String declaredSha256) {
        Tender tender = shared(tenderId);
        Instant now = clock.instant();
        tender.requireTakingBids(now);
        Lot lot = requireLot(tender, lotNumber);
        tender.requireMayBid(List.of(uscc));
        BidDocument.delete("tenderId = ?1 and lot = ?2 and supplierUscc = ?3 and name = ?4 and bidId is null", tender.id,
                lot.number, uscc, name);
        BidDocument.flush();
        TenderOpeningKey openingKey = TenderOpeningKey.findById(tender.id);
        BidDocument document = BidDocument.stage(tender.id, lot.number, uscc, name, mediaType, bytes, declaredSha256,
                openingKey.publicKey, now);
        document.persist();
        return document;
    }

    /** The staged documents a bid names; every name must have been uploaded for this lot. */
    private static List<BidDocument> stagedDocuments(Tender tender, Lot lot, String uscc, List<String> names) {
        if (new HashSet<>(names).size() != names.size()) {
            throw new UnprocessableRequest("documents", "each document is named once");
        }
        List<BidDocument> staged = names.isEmpty() ? List.of() : BidDocument.list(
                "tenderId = ?1 and lot = ?2 and supplierUscc = ?3 and bidId is null and name in ?4", tender.id, lot.number,
                uscc, names);
        List<String> missing = names.stream().filter(n -> staged.stream().noneMatch(d -> d.name.equals(n))).toList();
        if (!missing.isEmpty()) {
            throw new UnprocessableRequest("documents", "not uploaded for lot " + lot.number + " (or already part of an"
                    + " earlier bid; upload again): " + String.join(", ", missing));
        }
        return staged;
    }

    public Bid withdraw(UUID tenderId, int lotNumber, String lead) {
        Tender tender = shared(tenderId);
        Instant now = clock.instant();
        tender.requireTakingBids(now);
        Lot lot = requireLot(tender, lotNumber);
        Bid bid = activeBidLedBy(lot, lead).orElseThrow(() -> new NotFoundProblem("no active bid of yours on lot " + lotNumber));
        end(bid, () -> bid.withdraw(now));
        return bid;
    }

    /** The supplier's own bid on the lot (as its lead or a member): the latest one it is in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bid mine(UUID tenderId, int lotNumber, String uscc) {
        return Bid.<Bid>find("""
                tenderId = ?1 and lot = ?2 and id in (select p.bidId from BidParty p where p.uscc = ?3)
                order by receivedAt desc""", tenderId, lotNumber, uscc).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("you have no bid on lot " + lotNumber + " of tender " + tenderId));
    }

    /** Every party's eligibility on {@code day}; the look-back for major violations ends at the deadline. */
    Bid.EligibilityEvidence eligibility(Tender tender, List<String> parties, LocalDate day) {
        LocalDate deadlineDay = LocalDate.ofInstant(tender.bidDeadline, rules.zone());
        List<BidEligibility.Verdict> verdicts = parties.stream().map(uscc -> BidEligibility.of(uscc,
                SupplierProjection.<SupplierProjection>findById(uscc), day, deadlineDay, tender.terms().requirements(),
                rules)).toList();
        return new Bid.EligibilityEvidence(verdicts.stream().allMatch(BidEligibility.Verdict::eligible), verdicts);
    }

    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, rules.zone());
    }

    private static Tender shared(UUID tenderId) {
        return Tenders.locked(tenderId, "FOR SHARE").filter(Tender::isPublic).orElseThrow(() -> new NotFoundProblem("no tender " + tenderId));
    }

    private static Lot requireLot(Tender tender, int number) {
        Lot lot = tender.lot(number);
        if (lot == null) {
            throw new NotFoundProblem("tender " + tender.id + " has no lot " + number);
        }
        return lot;
    }

    private static List<String> parties(Tender tender, String lead, List<String> members) {
        if (!members.isEmpty() && !tender.consortiumAllowed) {
            throw new UnprocessableRequest("members", "this tender does not admit consortium bids (联合体)");
        }
        List<String> parties = new ArrayList<>();
        parties.add(lead);
        parties.addAll(members);
        if (new HashSet<>(parties).size() != parties.size()) {
            throw new UnprocessableRequest("members", "each supplier appears once in a bid, the lead not among the members");
        }
        return parties;
    }

    private void requireSoundOffer(Lot lot, Offer offer) {
        if (offer.price().isZero()) {
            throw new UnprocessableRequest("price", "must be more than 0");
        }
        if (offer.price().exceeds(lot.budget)) {
            throw new UnprocessableRequest("price", "must not exceed the lot's budget of " + lot.budget + " CNY");
        }
        if (offer.proposal().length() > maxProposalLength) {
            throw new UnprocessableRequest("proposal", "must be at most " + maxProposalLength + " characters");
        }
    }

    private static Optional<Bid> activeBidLedBy(Lot lot, String lead) {
        return Bid.<Bid>find("lotId = ?1 and leadUscc = ?2 and status = ?3", lot.id, lead, Bid.Status.SEALED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A supplier is in at most one bid per lot, as lead or member (the database index is the backstop). */
    private static void requireNotInAnotherBid(Lot lot, List<String> parties, UUID replacing) {
        List<BidParty> taken = BidParty.<BidParty>list("lotId = ?1 and active = true and uscc in ?2", lot.id, parties)
                .stream().filter(p -> !p.bidId.equals(replacing)).toList();
        if (!taken.isEmpty()) {
            throw new IllegalTransitionException("a supplier is in at most one bid per lot; already in another bid: "
                    + String.join(", ", taken.stream().map(p -> p.uscc).toList()));
        }
    }

    private static void end(Bid bid, Runnable transition) {
        transition.run();
        BidParty.update("active = false where bidId = ?1", bid.id);
        BidParty.flush();
    }
}
