package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.BidDisqualification;
import org.govbuy.tender.domain.EvaluationMethod;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.LotResult;
import org.govbuy.tender.domain.PriceJustification;
import org.govbuy.tender.domain.ScoreSheet;
import org.govbuy.tender.messaging.TenderEventsV1.OpenedBidV1;
import org.govbuy.tender.messaging.TenderEventsV1.RankedBidV1;
import org.govbuy.tender.service.BidOpening;

/** What the API shows of the committee's work on a lot. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /** An opened bid as the committee reviews it. */
    public record ReviewedBidView(UUID bidId, String leadUscc, String leadName, List<String> memberUsccs, BigDecimal price,
            boolean validAtOpening, List<String> openingReasons, boolean qualified, String disqualification,
            JustificationView priceJustification) {
    }

    /** An abnormally low price's justification: asked, given, decided. */
    public record JustificationView(UUID bidId, BigDecimal threshold, Instant requestedAt, Instant dueAt,
            String justification, Instant justifiedAt, Boolean accepted, String decision, Instant decidedAt) {

        static JustificationView of(PriceJustification j) {
            return j == null ? null : new JustificationView(j.bidId, j.threshold, j.requestedAt, j.dueAt, j.justification,
                    j.justifiedAt, j.accepted, j.decision, j.decidedAt);
        }
    }

    public record ResultView(String outcome, List<RankedBidV1> ranking, UUID recommendedBidId, String report,
            Instant closedAt) {
    }

    public record LotEvaluationView(UUID tenderId, int lot, String lotStatus, EvaluationMethod method,
            List<ReviewedBidView> bids, ResultView result) {

        static LotEvaluationView of(UUID tenderId, Lot lot, EvaluationMethod method, List<Bid> opened,
                List<BidDisqualification> disqualified, List<PriceJustification> justifications, LotResult result) {
            Map<UUID, String> reasons = disqualified.stream().collect(Collectors.toMap(d -> d.bidId, d -> d.reason));
            Map<UUID, PriceJustification> asked = justifications.stream().collect(Collectors.toMap(j -> j.bidId, j -> j));
            List<OpenedBidV1> record = BidOpening.record(opened);
            List<ReviewedBidView> bids = record.stream().map(b -> new ReviewedBidView(b.bidId(), b.leadUscc(), b.leadName(),
                    b.memberUsccs(), b.price(), b.valid(), b.reasons(), b.valid() && !reasons.containsKey(b.bidId()),
                    reasons.get(b.bidId()), JustificationView.of(asked.get(b.bidId())))).toList();
            return new LotEvaluationView(tenderId, lot.number, lot.status.name(), method, bids,
                    result == null ? null : new ResultView(result.outcome.name(), RankedBidV1.of(result.ranking),
                            result.recommendedBid, result.report, result.closedAt));
        }
    }

    /** A score sheet: the member's name (not their login), its revision and its scores. */
    public record SheetView(String member, int revision, boolean current, Instant submittedAt, List<ScoreSheet.Score> scores) {

        static SheetView of(ScoreSheet s) {
            return new SheetView(s.memberName, s.revision, s.current, s.submittedAt, s.scores);
        }
    }

    /** An opened bid's content, for the committee to read. */
    public record BidContentView(UUID bidId, String lead, List<String> members, BigDecimal price, String proposal,
            List<String> declarations, List<String> documents) {
    }
}
