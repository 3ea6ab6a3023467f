package org.govbuy.tender.service;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;
import org.govbuy.tender.config.SealingKeys;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.BidContent;
import org.govbuy.tender.domain.BidDocument;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.SealedBox;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderOpeningKey;
import org.govbuy.tender.domain.TenderStatus;
import org.govbuy.tender.messaging.TenderEventsV1.BidsOpenedV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotFailedV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotOpeningV1;
import org.govbuy.tender.messaging.TenderEventsV1.OpenedBidV1;

/**
 * The opening (开标), a durable job at the opening time: the tender's key is unwrapped, every sealed
 * bid is decrypted and checked against its receipt and its bidders' eligibility on the day, each lot
 * is settled (opened, or failed with too few valid bids) and the opening record is published. Runs
 * once across replicas, and catches up when the service starts after its time.
 */
@ApplicationScoped
public class BidOpening implements JobHandler {

    private static final Logger LOG = Logger.getLogger(BidOpening.class);

    private final Tenders tenders;
    private final SealedBids bids;
    private final SealingKeys keys;
    private final Clock clock;

    BidOpening(Tenders tenders, SealedBids bids, SealingKeys keys, Clock clock) {
        this.tenders = tenders;
        this.bids = bids;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return Tenders.OPEN_BIDS;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(DueJob job) {
        open(UUID.fromString(job.key()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void open(UUID tenderId) {
        Tender tender = tenders.lock(tenderId);
        if (tender.status == TenderStatus.CANCELLED || tender.status == TenderStatus.OPENED) {
            return;
        }
        if (tender.status == TenderStatus.NOTICE) {
            LOG.warnf("single source %s reached its opening time with objections unanswered: it cannot open;"
                    + " the purchaser answers them and re-announces, or cancels", tender.id);
            return;
        }
        Instant now = clock.instant();
        tender.closeIfDue(now);
        tender.markOpened(now);
        TenderOpeningKey openingKey = TenderOpeningKey.findById(tender.id);
        PrivateKey key;
        try {
            key = openingKey.unwrap(tender, keys.kek(openingKey.kekId), now);
        } catch (SealedBox.Unsealable e) {
            // the configured key-encryption key is not the one the tender was sealed under: an operator
            // must restore it; the job fails, keeps the error and is tried again
            throw new IllegalStateException("tender " + tender.id + ": " + e.getMessage(), e);
        }
        List<LotOpeningV1> lots = new ArrayList<>();
        for (Lot lot : tender.lots) {
            lots.add(openLot(tender, lot, key, openingKey.publicKey, now));
        }
        tenders.publish(tender, BidsOpenedV1.TYPE, new BidsOpenedV1(tender.id, now, lots));
        LOG.infof("tender %s opened: %s", tender.id, lots.stream().map(l -> "lot " + l.lot() + " " + l.outcome()
                + " (" + l.validBids() + " valid of " + l.bids().size() + ")").toList());
    }

    private LotOpeningV1 openLot(Tender tender, Lot lot, PrivateKey key, byte[] publicKey, Instant now) {
        List<Bid> sealed = Bid.list("lotId = ?1 and status = ?2 order by receivedAt, id", lot.id, Bid.Status.SEALED);
        int valid = 0;
        for (Bid bid : sealed) {
            bid.open(key, publicKey, bids.eligibility(tender, bid.parties(), bids.today(now)),
                    BidDocument.list("bidId", bid.id));
            if (bid.status == Bid.Status.VALID) {
                valid++;
            }
        }
        List<OpenedBidV1> opened = record(sealed);
        int required = tenders.rules().minimumValidBids(tender.method);
        boolean enough = lot.settle(valid, required);
        if (!enough) {
            tenders.publish(tender, LotFailedV1.TYPE, new LotFailedV1(tender.id, lot.number, valid, required, now));
        }
        return new LotOpeningV1(lot.number, lot.budget.amount(), lot.status.name(), valid, required, opened);
    }

    /**
     * A document of an opened bid, for the purchaser and the committee: opened with the tender's key,
     * which unwraps only once the tender has been opened (409 before), and checked against the
     * digest the bid's receipt covers.
     */
    @Transactional
    public BidDocument.Opened document(UUID tenderId, UUID bidId, String name) {
        Bid bid = openedBid(tenderId, bidId);
        BidDocument document = BidDocument.<BidDocument>find("bidId = ?1 and name = ?2", bid.id, name).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("bid " + bidId + " has no document " + name));
        TenderOpeningKey openingKey = TenderOpeningKey.findById(tenderId);
        try {
            PrivateKey key = unwrap(openingKey, tenderId);
            return new BidDocument.Opened(document.listing(), document.open(key, openingKey.publicKey, document.listing()));
        } catch (SealedBox.Unsealable e) {
            throw new IllegalTransitionException("the document cannot be opened: " + e.getMessage());
        }
    }

    /** What an opened bid offers — price, proposal, declarations, documents — for the committee to judge. */
    @Transactional
    public BidContent content(UUID tenderId, UUID bidId) {
        Bid bid = openedBid(tenderId, bidId);
        TenderOpeningKey openingKey = TenderOpeningKey.findById(tenderId);
        try {
            return bid.content(unwrap(openingKey, tenderId), openingKey.publicKey);
        } catch (SealedBox.Unsealable | java.io.IOException e) {
            throw new IllegalTransitionException("the bid cannot be read: " + e.getMessage());
        }
    }

    private Bid openedBid(UUID tenderId, UUID bidId) {
        Tender tender = tenders.require(tenderId);
        if (tender.status != TenderStatus.OPENED) {
            throw new IllegalTransitionException("bids and their documents stay sealed until the opening");
        }
        return Bid.<Bid>findByIdOptional(bidId).filter(b -> b.tenderId.equals(tenderId))
                .orElseThrow(() -> new NotFoundProblem("no bid " + bidId + " on tender " + tenderId));
    }

    private PrivateKey unwrap(TenderOpeningKey openingKey, UUID tenderId) throws SealedBox.Unsealable {
        Tender tender = tenders.require(tenderId);
        return openingKey.unwrap(tender, keys.kek(openingKey.kekId), clock.instant());
    }

    /** Bids as the opening record shows them, with their leads' names (read in one query). */
    public static List<OpenedBidV1> record(List<Bid> opened) {
        if (opened.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = SupplierProjection.<SupplierProjection>list("uscc in ?1",
                opened.stream().map(b -> b.leadUscc).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.uscc, s -> s.name));
        return opened.stream().map(bid -> new OpenedBidV1(bid.id, bid.leadUscc, names.get(bid.leadUscc), bid.members,
                bid.openedPrice == null ? null : bid.openedPrice.amount(), bid.receiptDigest,
                bid.status == Bid.Status.VALID, bid.openingReasons)).toList();
    }

    /** The deadline passed: the tender stops taking bids (also checked on every bid by the clock). */
    @ApplicationScoped
    public static class Closing implements JobHandler {

        private final Tenders tenders;
        private final Clock clock;

        Closing(Tenders tenders, Clock clock) {
            this.tenders = tenders;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return Tenders.CLOSE_BIDDING;
        }

        @Override
        @Transactional(Transactional.TxType.MANDATORY)
        public void run(DueJob job) {
            Tender tender = tenders.lock(UUID.fromString(job.key()));
            if (tender.closeIfDue(clock.instant())) {
                LOG.infof("tender %s closed for bids at %s", tender.id, tender.bidDeadline);
            }
        }
    }
}
