package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govbuy.tender.domain.AwardChallenge;
import org.govbuy.tender.domain.LotAward;
import org.govbuy.tender.domain.LotResult;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.messaging.TenderEventsV1.RankedBidV1;

/** What the API shows of awards and challenges; the public never sees a challenger or its evidence. */
public final class AwardViews {

    private AwardViews() {
    }

    public record AwardView(UUID awardId, int lot, int round, String status, int rank, String leadUscc, String leadName,
            List<String> memberUsccs, BigDecimal price, Instant publishedAt, Instant publicityEndsAt,
            Instant challengesCloseAt, Instant finalisedAt, String noticeNumber, Instant endedAt, String endReason) {

        static AwardView of(LotAward a, Map<String, String> names) {
            return new AwardView(a.id, a.lot, a.round, a.status.name(), a.rank, a.leadUscc, names.get(a.leadUscc),
                    a.memberUsccs, a.price.amount(), a.publishedAt, a.publicityEndsAt, a.challengesCloseAt, a.finalisedAt,
                    a.noticeNumber, a.endedAt, a.endReason);
        }
    }

    /** A challenge as the purchaser, finance and auditors see it (and its own challenger). */
    public record ChallengeView(UUID challengeId, int lot, UUID awardId, String challenger, String grounds, String evidence,
            Instant filedAt, Instant answerDueAt, boolean overdue, String answer, Boolean upheld, String resolution,
            Instant answeredAt) {

        static ChallengeView of(AwardChallenge c, Instant now) {
            return new ChallengeView(c.id, c.lot, c.awardId, c.challenger, c.grounds, c.evidence, c.filedAt, c.answerDueAt,
                    c.overdue(now), c.answer, c.upheld, c.resolution == null ? null : c.resolution.name(), c.answeredAt);
        }
    }

    /** A challenge as published: grounds and answer, not who filed it nor its evidence. */
    public record PublicChallengeView(int lot, String grounds, Instant filedAt, Instant answerDueAt, String answer,
            Boolean upheld, String resolution, Instant answeredAt) {

        static PublicChallengeView of(AwardChallenge c) {
            return new PublicChallengeView(c.lot, c.grounds, c.filedAt, c.answerDueAt, c.answer, c.upheld,
                    c.resolution == null ? null : c.resolution.name(), c.answeredAt);
        }
    }

    /** A lot's published outcome: the committee's ranking with its scores, the awards, the challenges. */
    public record PublicLotAwardView(int lot, List<RankedBidV1> ranking, String report,
            List<AwardView> awards,
            List<PublicChallengeView> challenges) {
    }

    /** A tender's published awards, with the committee that recommended them. */
    public record PublicAwardsView(UUID tenderId, List<String> committee, List<PublicLotAwardView> lots) {
    }

    /** Names of the suppliers in these awards, in one query. */
    static Map<String, String> names(List<LotAward> awards) {
        List<String> usccs = awards.stream().map(a -> a.leadUscc).distinct().toList();
        return usccs.isEmpty() ? Map.of() : SupplierProjection.<SupplierProjection>list("uscc in ?1", usccs).stream()
                .collect(Collectors.toMap(s -> s.uscc, s -> s.name));
    }
}
