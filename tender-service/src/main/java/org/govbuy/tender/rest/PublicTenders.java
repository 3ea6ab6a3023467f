package org.govbuy.tender.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.tender.domain.Amendment;
import org.govbuy.tender.domain.AwardChallenge;
import org.govbuy.tender.domain.CommitteeMember;
import org.govbuy.tender.domain.LotAward;
import org.govbuy.tender.domain.LotResult;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.Objection;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderStatus;
import org.govbuy.tender.messaging.TenderEventsV1.AnnouncementV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotOpeningV1;
import org.govbuy.tender.messaging.TenderEventsV1.RankedBidV1;
import org.govbuy.tender.service.BidOpening;
import org.govbuy.tender.service.Clarifications;
import org.govbuy.tender.service.Tenders;

/** Reads for public disclosure (assembled here, read-only): what the public may read of tenders: never a draft, and nothing of the bids before the opening. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicTenders {

    private final Tenders tenders;
    private final Clarifications clarifications;

    PublicTenders(Tenders tenders, Clarifications clarifications) {
        this.tenders = tenders;
        this.clarifications = clarifications;
    }

    public PageView<AnnouncementV1> announced(String region, Paging paging) {
        var query = region == null
                ? Tender.<Tender>find("status <> ?1 order by announcedAt desc, id", TenderStatus.DRAFT)
                : Tender.<Tender>find("status <> ?1 and region = ?2 order by announcedAt desc, id", TenderStatus.DRAFT, region);
        return PageView.of(query, paging).map(tenders::announcement);
    }

    public TenderViews.PublicTenderView view(UUID id) {
        Tender tender = tenders.requirePublic(id);
        List<TenderViews.AmendmentView> amendments = Amendment.<Amendment>list("tenderId = ?1 order by number", id)
                .stream().map(TenderViews.AmendmentView::of).toList();
        List<TenderViews.ClarificationView> answered = clarifications.published(id).stream()
                .map(TenderViews.ClarificationView::of).toList();
        List<TenderViews.ObjectionView> objections = Objection.<Objection>list(
                "tenderId = ?1 and answer is not null order by filedAt, id", id).stream()
                .map(TenderViews.ObjectionView::of).toList();
        return new TenderViews.PublicTenderView(tenders.announcement(tender), amendments, answered, objections,
                tender.cancelledAt, tender.cancellationReason,
                tender.status == TenderStatus.OPENED ? opening(tender) : null);
    }

    /** Per lot with a published recommendation: the ranking with scores, the awards, the challenges (no evidence, no names). */
    public AwardViews.PublicAwardsView awards(UUID id) {
        Tender tender = tenders.requirePublic(id);
        List<LotAward> awards = LotAward.list("tenderId = ?1 order by lot, round", id);
        Map<String, String> names = AwardViews.names(awards);
        List<AwardChallenge> challenges = AwardChallenge.list("tenderId = ?1 order by filedAt, id", id);
        List<AwardViews.PublicLotAwardView> lots = new java.util.ArrayList<>();
        for (Lot lot : tender.lots) {
            List<LotAward> ofLot = awards.stream().filter(a -> a.lot == lot.number).toList();
            LotResult result = LotResult.findById(new LotResult.Key(id, lot.number));
            if (ofLot.isEmpty() || result == null) {
                continue;
            }
            lots.add(new AwardViews.PublicLotAwardView(lot.number, RankedBidV1.of(result.ranking), result.report,
                    ofLot.stream().map(a -> AwardViews.AwardView.of(a, names)).toList(),
                    challenges.stream().filter(c -> c.lot == lot.number).map(AwardViews.PublicChallengeView::of).toList()));
        }
        List<String> committee = lots.isEmpty() ? List.of() : CommitteeMember.<CommitteeMember>list(
                "tenderId = ?1 and status = ?2 order by drawPosition nulls last, name", id, CommitteeMember.Status.SITTING)
                .stream().map(m -> m.name).toList();
        return new AwardViews.PublicAwardsView(id, committee, lots);
    }

    private TenderViews.OpeningRecordView opening(Tender tender) {
        int required = tenders.rules().minimumValidBids(tender.method);
        List<LotOpeningV1> lots = tender.lots.stream().map(lot -> lotRecord(lot, required)).toList();
        return new TenderViews.OpeningRecordView(tender.openedAt, lots);
    }

    private static LotOpeningV1 lotRecord(Lot lot, int required) {
        var bids = BidOpening.record(Bid.list("lotId = ?1 and status in ?2 order by receivedAt, id", lot.id,
                List.of(Bid.Status.VALID, Bid.Status.INVALID, Bid.Status.DISQUALIFIED)));
        return new LotOpeningV1(lot.number, lot.budget.amount(), lot.status.name(),
                lot.validBids == null ? 0 : lot.validBids, required, bids);
    }
}
