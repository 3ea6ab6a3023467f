package org.govbuy.tender.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.tender.messaging.TenderEventsV1.AwardFinalizedV1;
import org.govbuy.tender.messaging.TenderEventsV1.AwardRecommendedV1;
import org.govbuy.tender.messaging.TenderEventsV1.BidsOpenedV1;
import org.govbuy.tender.messaging.TenderEventsV1.ChallengeAnsweredV1;
import org.govbuy.tender.messaging.TenderEventsV1.ChallengeFiledV1;
import org.govbuy.tender.messaging.TenderEventsV1.ClarificationPublishedV1;
import org.govbuy.tender.messaging.TenderEventsV1.CommitteeFormedV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotFailedV1;
import org.govbuy.tender.messaging.TenderEventsV1.SingleSourceNoticePublishedV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderAmendedV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderAnnouncedV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderCancelledV1;
import org.govbuy.tender.messaging.TenderEventsV1.TenderReTenderedV1;
import org.govbuy.platform.feed.PublicChange;
import org.govbuy.platform.feed.PublicChanges;

/**
 * What tender-service puts in its public change feed (ADR 47): what its public pages show, as it is
 * published: announcements and their amendments, cancellations, clarifications (never who asked), the
 * opening record, failed lots, the committee, the recommended award and its publicity, challenges
 * (never who, nor the evidence) and their answers, final awards and re-tenders. Never plans, sealed
 * bids, their count before the opening, disqualification reasons or the committee's report.
 */
@ApplicationScoped
public class PublicFeeds {

    public static final String TENDERS = "tenders";

    @Produces
    @Singleton
    PublicChanges publicChanges() {
        return PublicChanges.of(
                PublicChange.of(TENDERS, TenderAnnouncedV1.TYPE, "announcement"),
                PublicChange.of(TENDERS, SingleSourceNoticePublishedV1.TYPE, "announcement"),
                PublicChange.of(TENDERS, TenderAmendedV1.TYPE, "tenderId", "amendment", "description", "deadlinePushedOut",
                        "announcement", "publishedAt"),
                PublicChange.of(TENDERS, TenderCancelledV1.TYPE, "tenderId", "reason", "cancelledAt"),
                PublicChange.of(TENDERS, ClarificationPublishedV1.TYPE, "tenderId", "clarificationId", "question", "answer",
                        "publishedAt"),
                PublicChange.of(TENDERS, BidsOpenedV1.TYPE, "tenderId", "openedAt", "lots"),
                PublicChange.of(TENDERS, LotFailedV1.TYPE, "tenderId", "lot", "validBids", "requiredValidBids", "failedAt"),
                PublicChange.of(TENDERS, CommitteeFormedV1.TYPE, "tenderId", "members", "seed", "formedAt"),
                PublicChange.of(TENDERS, AwardRecommendedV1.TYPE, "tenderId", "lot", "awardId", "round", "bidId", "leadUscc",
                        "leadName", "memberUsccs", "price", "ranking", "committee", "publishedAt", "publicityEndsAt",
                        "challengesCloseAt"),
                PublicChange.of(TENDERS, ChallengeFiledV1.TYPE, "tenderId", "lot", "challengeId", "grounds", "filedAt",
                        "answerDueAt"),
                PublicChange.of(TENDERS, ChallengeAnsweredV1.TYPE, "tenderId", "lot", "challengeId", "upheld", "resolution",
                        "answer", "answeredAt"),
                PublicChange.of(TENDERS, AwardFinalizedV1.TYPE, "tenderId", "lot", "awardId", "noticeNumber", "title",
                        "orgCode", "region", "fiscalYear", "subItemCode", "method", "supplierUscc", "supplierName",
                        "memberUsccs", "awardedPrice", "serviceStartsOn", "serviceEndsOn", "finalizedAt"),
                PublicChange.of(TENDERS, TenderReTenderedV1.TYPE, "tenderId", "lot", "newTenderId", "method",
                        "methodSwitched", "reason", "reTenderedAt"));
    }
}
