package org.govbuy.tender.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.BidDisqualification;
import org.govbuy.tender.domain.CommitteeMember;
import org.govbuy.tender.domain.CreditCriterion;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.domain.EvaluationMethod;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.LotResult;
import org.govbuy.tender.domain.PriceJustification;
import org.govbuy.tender.domain.ScoreSheet;
import org.govbuy.tender.domain.Scoring;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.messaging.TenderEventsV1.BidDisqualifiedV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotFailedV1;
import org.govbuy.tender.messaging.TenderEventsV1.ScoringClosedV1;

/**
 * The committee's work on an opened lot (评标, ADR 34): review — disqualifying bids with reasons —
 * then scoring, each member on their own sheet, then closing, which ranks the qualified bids and
 * names the recommended winner. Every change takes the tender's lock, so a closing never races a
 * late sheet.
 */
@ApplicationScoped
@Transactional
public class BidEvaluation {

    private static final Logger LOG = Logger.getLogger(BidEvaluation.class);

    private final Tenders tenders;
    private final Committees committees;
    private final Awards awards;
    private final PriceJustification.Rule lowPrice;
    private final CreditCriterion credit;
    private final Clock clock;

    BidEvaluation(Tenders tenders, Committees committees, Awards awards, PriceJustification.Rule lowPrice,
            CreditCriterion credit, Clock clock) {
        this.credit = credit;
        this.tenders = tenders;
        this.committees = committees;
        this.awards = awards;
        this.lowPrice = lowPrice;
        this.clock = clock;
    }

    /** 资格审查/符合性审查: a qualified bid found wanting, before anyone has scored the lot. */
    public BidDisqualification disqualify(UUID tenderId, int lotNumber, UUID bidId, String reason, String username) {
        Tender tender = tenders.lock(tenderId);
        CommitteeMember member = committees.sittingMember(tenderId, username);
        Lot lot = underEvaluation(tender, lotNumber);
        requireReviewing(tenderId, lot);
        Bid bid = qualifiedBids(tenderId, lot.number).stream().filter(b -> b.id.equals(bidId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("no qualified bid " + bidId + " in lot " + lotNumber));
        Instant now = clock.instant();
        BidDisqualification disqualification = BidDisqualification.of(bid, reason, member.username, now);
        disqualification.persist();
        tenders.publish(tender, BidDisqualifiedV1.TYPE, new BidDisqualifiedV1(tenderId, lot.number, bid.id,
                bid.leadUscc, reason, now));
        return disqualification;
    }

    /** 明显低价: the committee asks the bidder of an abnormally low price to justify it, during the review. */
    public PriceJustification requestJustification(UUID tenderId, int lotNumber, UUID bidId, String username) {
        Tender tender = tenders.lock(tenderId);
        CommitteeMember member = committees.sittingMember(tenderId, username);
        Lot lot = underEvaluation(tender, lotNumber);
        requireReviewing(tenderId, lot);
        List<Bid> qualified = qualifiedBids(tenderId, lot.number);
        Bid bid = qualified.stream().filter(b -> b.id.equals(bidId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("no qualified bid " + bidId + " in lot " + lotNumber));
        if (PriceJustification.findById(bidId) != null) {
            throw new IllegalTransitionException("a justification of this price was asked for already");
        }
        PriceJustification request = PriceJustification.request(bid,
                qualified.stream().map(b -> b.openedPrice.amount()).toList(), lowPrice, member.username, clock.instant());
        request.persist();
        return request;
    }

    /** The bidder's written justification of its price (the lead of the bid, by its token). */
    public PriceJustification justify(UUID tenderId, int lotNumber, String uscc, String text) {
        tenders.lock(tenderId);
        PriceJustification request = requestTo(tenderId, lotNumber, uscc);
        request.justify(text, clock.instant());
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PriceJustification requestTo(UUID tenderId, int lotNumber, String uscc) {
        Bid bid = Bid.<Bid>find("tenderId = ?1 and lot = ?2 and leadUscc = ?3 and status = ?4", tenderId, lotNumber, uscc,
                Bid.Status.VALID).firstResult();
        PriceJustification request = bid == null ? null : PriceJustification.findById(bid.id);
        if (request == null) {
            throw new NotFoundProblem("no justification of a price is asked of " + uscc + " in lot " + lotNumber);
        }
        return request;
    }

    /** The committee accepts the justification, or rejects it (or its absence after the time) and disqualifies the bid. */
    public PriceJustification decideJustification(UUID tenderId, int lotNumber, UUID bidId, boolean accepted, String reason,
            String username) {
        Tender tender = tenders.lock(tenderId);
        CommitteeMember member = committees.sittingMember(tenderId, username);
        underEvaluation(tender, lotNumber);
        PriceJustification request = PriceJustification.<PriceJustification>findByIdOptional(bidId)
                .filter(j -> j.tenderId.equals(tenderId) && j.lot == lotNumber)
                .orElseThrow(() -> new NotFoundProblem("no justification asked of bid " + bidId + " in lot " + lotNumber));
        Instant now = clock.instant();
        if (request.decide(accepted, reason, member.username, now)) {
            Bid bid = Bid.findById(bidId);
            String why = "abnormally low price not justified (below " + request.threshold.toPlainString() + "): " + reason;
            BidDisqualification.of(bid, why, member.username, now).persist();
            tenders.publish(tender, BidDisqualifiedV1.TYPE, new BidDisqualifiedV1(tenderId, lotNumber, bid.id,
                    bid.leadUscc, why, now));
        }
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PriceJustification> justifications(UUID tenderId, int lot) {
        return PriceJustification.list("tenderId = ?1 and lot = ?2", tenderId, lot);
    }

    /** A member's sheet, or its correction (a new revision), until scoring closes. */
    public ScoreSheet submit(UUID tenderId, int lotNumber, List<ScoreSheet.Score> scores, String username) {
        Tender tender = tenders.lock(tenderId);
        CommitteeMember member = committees.sittingMember(tenderId, username);
        Lot lot = underEvaluation(tender, lotNumber);
        if (tender.evaluation.kind() != EvaluationMethod.Kind.COMPREHENSIVE_SCORING) {
            throw new IllegalTransitionException("under the lowest qualified price (最低评标价法) nothing is scored;"
                    + " the committee reviews the bids and closes");
        }
        requireNoPendingJustification(tenderId, lot);
        ScoreSheet previous = current(tenderId, lot.number, member.username);
        List<UUID> qualified = qualifiedBids(tenderId, lot.number).stream().map(b -> b.id).toList();
        // revisions run on across re-scoring (an upheld challenge sets the earlier sheets aside)
        int revision = (int) ScoreSheet.count("tenderId = ?1 and lot = ?2 and member = ?3", tenderId, lot.number,
                member.username) + 1;
        ScoreSheet sheet = ScoreSheet.submit(tenderId, lot.number, member.username, member.name, revision, scores,
                qualified, tender.evaluation, clock.instant());
        if (previous != null) {
            previous.current = false;
            previous.flush();
        }
        sheet.persist();
        return sheet;
    }

    /**
     * Closes the lot's scoring: every sitting member has a sheet (comprehensive scoring); the
     * qualified bids are ranked and the first is recommended — or the lot fails when the review left
     * fewer qualified bids than the method requires.
     */
    public LotResult close(UUID tenderId, int lotNumber, String report, String username) {
        Tender tender = tenders.lock(tenderId);
        CommitteeMember member = committees.sittingMember(tenderId, username);
        Lot lot = underEvaluation(tender, lotNumber);
        requireNoPendingJustification(tenderId, lot);
        List<Bid> qualified = qualifiedBids(tenderId, lot.number);
        int required = tenders.rules().minimumValidBids(tender.method);
        List<Scoring.QualifiedBid> ranked = qualified.stream()
                .map(b -> new Scoring.QualifiedBid(b.id, b.openedPrice.amount(), b.receivedAt)).toList();
        List<Scoring.Result> ranking;
        if (qualified.size() < required) {
            ranking = List.of();
        } else if (tender.evaluation.kind() == EvaluationMethod.Kind.LOWEST_PRICE) {
            ranking = Scoring.lowestPrice(ranked);
        } else {
            ranking = Scoring.comprehensive(tender.evaluation, ranked, sheetsOfAllMembers(tenderId, lot.number),
                    creditFactors(qualified));
        }
        Instant now = clock.instant();
        LotResult result = LotResult.of(tenderId, lot.number, ranking, report, member.username, now);
        result.persist();
        lot.scored(result);
        if (result.outcome == LotResult.Outcome.FAILED) {
            tenders.publish(tender, LotFailedV1.TYPE, new LotFailedV1(tenderId, lot.number, qualified.size(), required, now));
        }
        tenders.publish(tender, ScoringClosedV1.TYPE, ScoringClosedV1.of(result));
        if (result.outcome == LotResult.Outcome.RECOMMENDED) {
            awards.recommend(tender, lot, result, 1);
        }
        LOG.infof("tender %s lot %d: scoring closed, %s", tenderId, lot.number, result.outcome == LotResult.Outcome.FAILED
                ? "failed with " + qualified.size() + " qualified of " + required + " required"
                : "bid " + result.recommendedBid + " recommended");
        return result;
    }

    /** The current sheets of a lot, every revision when {@code history}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScoreSheet> sheets(UUID tenderId, int lot, boolean history) {
        return history ? ScoreSheet.list("tenderId = ?1 and lot = ?2 order by member, revision", tenderId, lot)
                : ScoreSheet.list("tenderId = ?1 and lot = ?2 and current = true order by member", tenderId, lot);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoreSheet current(UUID tenderId, int lot, String member) {
        return ScoreSheet.<ScoreSheet>find("tenderId = ?1 and lot = ?2 and member = ?3 and current = true", tenderId, lot,
                member).firstResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LotResult result(UUID tenderId, int lot) {
        return LotResult.findById(new LotResult.Key(tenderId, lot));
    }

    /** The lot's opened bids, each with its review decision (null when qualified). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bid> openedBids(UUID tenderId, int lot) {
        return Bid.list("tenderId = ?1 and lot = ?2 and status in ?3 order by receivedAt, id", tenderId, lot,
                List.of(Bid.Status.VALID, Bid.Status.INVALID, Bid.Status.DISQUALIFIED));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BidDisqualification> disqualifications(UUID tenderId, int lot) {
        return BidDisqualification.list("tenderId = ?1 and lot = ?2", tenderId, lot);
    }

    /** Each bid's credit factor from its parties' credit levels now (the projection of credit-service's). */
    private Map<UUID, BigDecimal> creditFactors(List<Bid> bids) {
        List<String> usccs = bids.stream().flatMap(b -> java.util.stream.Stream.concat(java.util.stream.Stream.of(b.leadUscc),
                b.members.stream())).distinct().toList();
        Map<String, String> levels = new HashMap<>();
        SupplierProjection.<SupplierProjection>list("uscc in ?1", usccs).forEach(s -> levels.put(s.uscc, s.creditLevel));
        Map<UUID, BigDecimal> factors = new HashMap<>();
        for (Bid bid : bids) {
            List<String> parties = new ArrayList<>(bid.members);
            parties.add(bid.leadUscc);
            factors.put(bid.id, credit.factor(parties.stream().map(levels::get).toList()));
        }
        return factors;
    }

    /** Valid at the opening and not disqualified by the committee. */
    private List<Bid> qualifiedBids(UUID tenderId, int lot) {
        Set<UUID> out = disqualifications(tenderId, lot).stream().map(d -> d.bidId).collect(Collectors.toSet());
        return Bid.<Bid>list("tenderId = ?1 and lot = ?2 and status = ?3 order by receivedAt, id", tenderId, lot,
                Bid.Status.VALID).stream().filter(b -> !out.contains(b.id)).toList();
    }

    private List<Scoring.Sheet> sheetsOfAllMembers(UUID tenderId, int lot) {
        List<ScoreSheet> sheets = sheets(tenderId, lot, false);
        List<String> missing = committees.members(tenderId).stream()
                .filter(m -> m.status == CommitteeMember.Status.SITTING)
                .filter(m -> sheets.stream().noneMatch(s -> s.member.equals(m.username))).map(m -> m.name).toList();
        if (!missing.isEmpty()) {
            throw new IllegalTransitionException("scoring closes when every member has submitted a sheet; missing: "
                    + String.join(", ", missing));
        }
        return sheets.stream().map(ScoreSheet::toScoring).toList();
    }

    /** Review (disqualifying, asking for justifications) comes before scoring: no current sheet yet. */
    private static void requireReviewing(UUID tenderId, Lot lot) {
        if (ScoreSheet.count("tenderId = ?1 and lot = ?2 and current = true", tenderId, lot.number) > 0) {
            throw new IllegalTransitionException("the review of lot " + lot.number + " ended when scoring began");
        }
    }

    private static void requireNoPendingJustification(UUID tenderId, Lot lot) {
        if (PriceJustification.count("tenderId = ?1 and lot = ?2 and accepted is null", tenderId, lot.number) > 0) {
            throw new IllegalTransitionException("an abnormally low price of lot " + lot.number
                    + " awaits its justification and the committee's decision; the review is not over");
        }
    }

    private static Lot underEvaluation(Tender tender, int number) {
        Lot lot = tender.lot(number);
        if (lot == null) {
            throw new NotFoundProblem("tender " + tender.id + " has no lot " + number);
        }
        if (lot.status != Lot.Status.OPENED) {
            throw new IllegalTransitionException("lot " + number + " is " + lot.status + ": only an opened lot is evaluated,"
                    + " until its scoring closes");
        }
        return lot;
    }
}
