package org.govbuy.tender.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.tender.domain.EvaluationMethod;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.ProcurementMethod;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderRules;

/**
 * What tender-service publishes on {@code tender.events} (schema of record:
 * docs/events/tender-events.yaml). Payloads change only additively within a version.
 */
public final class TenderEventsV1 {

    private TenderEventsV1() {
    }

    public record PlanSubmittedV1(UUID planId, String orgCode, String region, int fiscalYear, String subItemCode,
            BigDecimal budget, String proposedMethod, Instant submittedAt) {
        public static final String TYPE = "govbuy.tender.plan.submitted.v1";
    }

    public record PlanApprovedV1(UUID planId, String orgCode, String region, int fiscalYear, String subItemCode,
            BigDecimal budget, String proposedMethod, Instant approvedAt) {
        public static final String TYPE = "govbuy.tender.plan.approved.v1";
    }

    public record PlanReturnedV1(UUID planId, String orgCode, String region, int fiscalYear, String reason,
            Instant returnedAt) {
        public static final String TYPE = "govbuy.tender.plan.returned.v1";
    }

    /** A lot as announced. */
    public record LotV1(int lot, String title, BigDecimal budget) {
        static LotV1 of(Lot lot) {
            return new LotV1(lot.number, lot.title, lot.budget.amount());
        }
    }

    /**
     * The announcement (采购公告) as published: everything a bidder needs, and what part 2 scores
     * against and contracts take over. The suppliers invited to an invited tender are not published;
     * a single source's named supplier is (its notice exists to be objected to).
     */
    public record AnnouncementV1(UUID tenderId, UUID planId, String orgCode, String region, int fiscalYear,
            String subItemCode, ProcurementMethod method, String status, String title, String content,
            BigDecimal quantity, String unit, BigDecimal budget, List<LotV1> lots, LocalDate serviceStartsOn,
            LocalDate serviceEndsOn, List<String> admittedTypes, String minimumRating, String otherRequirements,
            EvaluationMethod evaluation, String paymentTerms, String performanceStandards, boolean consortiumAllowed,
            boolean stableService, String onAbandonment, Instant clarificationCutoff, Instant bidDeadline, Instant openingAt, String singleSourceSupplier,
            String singleSourceReason, Instant noticeEndsAt, int amendments, Instant announcedAt) {

        public static AnnouncementV1 of(Tender t, TenderRules rules) {
            boolean single = t.method == ProcurementMethod.SINGLE_SOURCE;
            return new AnnouncementV1(t.id, t.planId, t.orgCode, t.region, t.fiscalYear, t.subItemCode, t.method,
                    t.status.name(), t.title, t.content, t.quantity, t.unit, t.budget().amount(),
                    t.lots.stream().map(LotV1::of).toList(), t.serviceStartsOn, t.serviceEndsOn, t.admittedTypes,
                    t.minimumRating == null ? null : t.minimumRating.name(), t.otherRequirements, t.evaluation,
                    t.paymentTerms, t.performanceStandards, t.consortiumAllowed, t.stableService, t.onAbandonment.name(),
                    t.clarificationCutoff(rules),
                    t.bidDeadline, t.openingAt, single ? t.namedSuppliers.get(0) : null,
                    single ? t.singleSourceReason : null, t.noticeEndsAt, t.amendments, t.announcedAt);
        }
    }

    public record TenderAnnouncedV1(AnnouncementV1 announcement) {
        public static final String TYPE = "govbuy.tender.tender.announced.v1";
    }

    public record TenderAmendedV1(UUID tenderId, int amendment, String description, boolean deadlinePushedOut,
            AnnouncementV1 announcement, Instant publishedAt) {
        public static final String TYPE = "govbuy.tender.tender.amended.v1";
    }

    public record TenderCancelledV1(UUID tenderId, String reason, Instant cancelledAt) {
        public static final String TYPE = "govbuy.tender.tender.cancelled.v1";
    }

    /** A clarification, published to everyone without saying who asked. */
    public record ClarificationPublishedV1(UUID tenderId, UUID clarificationId, String question, String answer,
            Instant publishedAt) {
        public static final String TYPE = "govbuy.tender.clarification.published.v1";
    }

    public record SingleSourceNoticePublishedV1(AnnouncementV1 announcement) {
        public static final String TYPE = "govbuy.tender.single-source-notice.published.v1";
    }

    public record ObjectionFiledV1(UUID tenderId, UUID objectionId, String grounds, Instant filedAt) {
        public static final String TYPE = "govbuy.tender.objection.filed.v1";
    }

    public record ObjectionAnsweredV1(UUID tenderId, UUID objectionId, String answer, Instant answeredAt) {
        public static final String TYPE = "govbuy.tender.objection.answered.v1";
    }

    /** A bid arrived: neither its content nor who sent it. */
    public record BidReceivedV1(UUID tenderId, int lot, Instant receivedAt) {
        public static final String TYPE = "govbuy.tender.bid.received.v1";
    }

    /** One bid as the opening record shows it. */
    public record OpenedBidV1(UUID bidId, String leadUscc, String leadName, List<String> memberUsccs, BigDecimal price,
            String receiptDigest, boolean valid, List<String> reasons) {
    }

    public record LotOpeningV1(int lot, BigDecimal budget, String outcome, int validBids, int requiredValidBids,
            List<OpenedBidV1> bids) {
    }

    /** The opening record (开标记录). */
    public record BidsOpenedV1(UUID tenderId, Instant openedAt, List<LotOpeningV1> lots) {
        public static final String TYPE = "govbuy.tender.bids.opened.v1";
    }

    /** A lot with fewer valid bids than its method requires (流标). */
    public record LotFailedV1(UUID tenderId, int lot, int validBids, int requiredValidBids, Instant failedAt) {
        public static final String TYPE = "govbuy.tender.lot.failed.v1";
    }

    /** A committee member as published: name and seat, never the login. */
    public record CommitteeSeatV1(String name, String kind) {
    }

    /** The evaluation committee (评标委员会) is formed: every member declared no conflict with the bidders. */
    public record CommitteeFormedV1(UUID tenderId, List<CommitteeSeatV1> members, String seed, Instant formedAt) {
        public static final String TYPE = "govbuy.tender.committee.formed.v1";
    }

    /** The committee's review found a bid unqualified (资格审查/符合性审查), with its reason. */
    public record BidDisqualifiedV1(UUID tenderId, int lot, UUID bidId, String leadUscc, String reason,
            Instant disqualifiedAt) {
        public static final String TYPE = "govbuy.tender.bid.disqualified.v1";
    }

    /** A qualified bid's place in the committee's ranking, with its scores (none under the lowest price). */
    public record RankedBidV1(int rank, UUID bidId, String leadUscc, String leadName, BigDecimal price,
            java.util.Map<String, BigDecimal> criteria, BigDecimal technicalScore, BigDecimal priceScore,
            BigDecimal creditScore, BigDecimal totalScore) {

        /** The ranking with each bid's lead and its name (two queries). */
        public static List<RankedBidV1> of(List<org.govbuy.tender.domain.Scoring.Result> ranking) {
            if (ranking.isEmpty()) {
                return List.of();
            }
            java.util.Map<UUID, String> leads = new java.util.HashMap<>();
            org.govbuy.tender.domain.Bid.<org.govbuy.tender.domain.Bid>list("id in ?1",
                    ranking.stream().map(org.govbuy.tender.domain.Scoring.Result::bidId).toList())
                    .forEach(b -> leads.put(b.id, b.leadUscc));
            java.util.Map<String, String> names = new java.util.HashMap<>();
            org.govbuy.tender.domain.SupplierProjection.<org.govbuy.tender.domain.SupplierProjection>list("uscc in ?1",
                    leads.values().stream().distinct().toList()).forEach(s -> names.put(s.uscc, s.name));
            return ranking.stream().map(r -> new RankedBidV1(r.rank(), r.bidId(), leads.get(r.bidId()),
                    names.get(leads.get(r.bidId())), r.price(), r.criteria(), r.technicalScore(), r.priceScore(),
                    r.creditScore(), r.totalScore())).toList();
        }
    }

    /** The committee closed a lot's scoring: the ranking and the recommended winner, or a failed lot. */
    public record ScoringClosedV1(UUID tenderId, int lot, String outcome, List<RankedBidV1> ranking, UUID recommendedBidId,
            String report, Instant closedAt) {
        public static final String TYPE = "govbuy.tender.scoring.closed.v1";

        public static ScoringClosedV1 of(org.govbuy.tender.domain.LotResult result) {
            return new ScoringClosedV1(result.tenderId, result.lot, result.outcome.name(), RankedBidV1.of(result.ranking),
                    result.recommendedBid, result.report, result.closedAt);
        }
    }

    /**
     * The committee's recommendation is published (中标公示): the winner, the ranking with its scores and
     * the committee; challenges are taken until {@code challengesCloseAt}.
     */
    public record AwardRecommendedV1(UUID tenderId, int lot, UUID awardId, int round, UUID bidId, String leadUscc,
            String leadName, List<String> memberUsccs, BigDecimal price, List<RankedBidV1> ranking, List<String> committee,
            Instant publishedAt, Instant publicityEndsAt, Instant challengesCloseAt) {
        public static final String TYPE = "govbuy.tender.award.recommended.v1";
    }

    /** A bidder challenged the recommended award (质疑): the grounds, neither the evidence nor who. */
    public record ChallengeFiledV1(UUID tenderId, int lot, UUID challengeId, String grounds, Instant filedAt,
            Instant answerDueAt) {
        public static final String TYPE = "govbuy.tender.challenge.filed.v1";
    }

    /** The purchaser answered a challenge: upheld (the lot is re-scored or fails) or rejected. */
    public record ChallengeAnsweredV1(UUID tenderId, int lot, UUID challengeId, boolean upheld, String resolution,
            String answer, Instant answeredAt) {
        public static final String TYPE = "govbuy.tender.challenge.answered.v1";
    }

    /**
     * The award is final and its notice (中标通知书) issued: everything the contract is drafted from.
     * The supplier is the bid's lead, with a consortium's members.
     */
    public record AwardFinalizedV1(UUID tenderId, UUID lotId, int lot, UUID awardId, String noticeNumber, String title,
            String content, BigDecimal quantity, String unit, String orgCode, String region, int fiscalYear, String subItemCode, ProcurementMethod method,
            String supplierUscc, String supplierName, List<String> memberUsccs, BigDecimal awardedPrice,
            LocalDate serviceStartsOn, LocalDate serviceEndsOn, boolean stableService, String paymentTerms,
            String performanceStandards, Instant finalizedAt) {
        public static final String TYPE = "govbuy.tender.award.finalized.v1";
    }

    /** The winner declined the final award (弃标); credit-service records it. The shape credit-service reads. */
    public record AwardAbandonedV1(String tenderId, String lotId, String supplierUscc, LocalDate abandonedOn) {
        public static final String TYPE = "govbuy.tender.award.abandoned.v1";
    }

    /** A failed lot is bought again (重新采购) as a new tender; a switch of method awaits finance's approval. */
    public record TenderReTenderedV1(UUID tenderId, int lot, UUID newTenderId, ProcurementMethod method,
            boolean methodSwitched, String reason, Instant reTenderedAt) {
        public static final String TYPE = "govbuy.tender.tender.re-tendered.v1";
    }
}
