package org.govbuy.tender.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.ForbiddenException;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.schedule.DueJob;
import org.govbuy.platform.schedule.JobHandler;
import org.govbuy.platform.schedule.Jobs;
import org.govbuy.platform.time.WorkingDayCalendar;
import org.govbuy.tender.domain.AwardChallenge;
import org.govbuy.tender.domain.AwardRules;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.CommitteeMember;
import org.govbuy.tender.domain.Lot;
import org.govbuy.tender.domain.LotAward;
import org.govbuy.tender.domain.LotResult;
import org.govbuy.tender.domain.ScoreSheet;
import org.govbuy.tender.domain.Scoring;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderTerms;
import org.govbuy.tender.messaging.TenderEventsV1.AwardAbandonedV1;
import org.govbuy.tender.messaging.TenderEventsV1.AwardFinalizedV1;
import org.govbuy.tender.messaging.TenderEventsV1.AwardRecommendedV1;
import org.govbuy.tender.messaging.TenderEventsV1.ChallengeAnsweredV1;
import org.govbuy.tender.messaging.TenderEventsV1.ChallengeFiledV1;
import org.govbuy.tender.messaging.TenderEventsV1.LotFailedV1;
import org.govbuy.tender.messaging.TenderEventsV1.RankedBidV1;

/**
 * A lot's award from the committee's recommendation to the final award (ADR 35): publicity,
 * challenges and their answers, the final award with its notice when both periods have ended with
 * nothing unanswered (a durable job, and again when the last challenge is rejected late), and a
 * winner declining. Every change takes the tender's lock.
 */
@ApplicationScoped
@Transactional
public class Awards implements JobHandler {

    public static final String FINALISES = "tender.award-finalises";
    private static final Logger LOG = Logger.getLogger(Awards.class);

    private final Tenders tenders;
    private final Committees committees;
    private final Jobs jobs;
    private final AwardRules rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Awards(Tenders tenders, Committees committees, Jobs jobs, AwardRules rules, WorkingDayCalendar calendar, Clock clock) {
        this.tenders = tenders;
        this.committees = committees;
        this.jobs = jobs;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return FINALISES;
    }

    /** The publicity's end: final if nothing is unanswered; else the last rejection finalises it. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(DueJob job) {
        Tender tender = tenders.lock(UUID.fromString(job.payload()));
        LotAward award = LotAward.findById(UUID.fromString(job.key()));
        finaliseIfDue(tender, award, clock.instant());
    }

    /** Publishes the bid ranked {@code rank} of the lot's result as the recommended award; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LotAward recommend(Tender tender, Lot lot, LotResult result, int rank) {
        Scoring.Result ranked = result.ranking.get(rank - 1);
        Bid bid = Bid.findById(ranked.bidId());
        int round = (int) LotAward.count("tenderId = ?1 and lot = ?2", tender.id, lot.number) + 1;
        Instant now = clock.instant();
        LotAward award = LotAward.recommend(tender, lot.number, round, bid, ranked.rank(), now, rules, calendar);
        award.persist();
        List<String> committee = committees.members(tender.id).stream()
                .filter(m -> m.status == CommitteeMember.Status.SITTING).map(m -> m.name).toList();
        tenders.publish(tender, AwardRecommendedV1.TYPE, new AwardRecommendedV1(tender.id, lot.number, award.id, round,
                bid.id, bid.leadUscc, name(bid.leadUscc), award.memberUsccs, award.price.amount(), RankedBidV1.of(result.ranking),
                committee, now, award.publicityEndsAt, award.challengesCloseAt));
        jobs.schedule(FINALISES, award.id.toString(), award.finalisableAt(), tender.id.toString());
        LOG.infof("tender %s lot %d: award to %s published (round %d), final from %s", tender.id, lot.number,
                bid.leadUscc, round, award.finalisableAt());
        return award;
    }

    /** 质疑: a bidder of the lot challenges the award in publicity, within the challenge period. */
    public AwardChallenge challenge(UUID tenderId, int lotNumber, String uscc, String grounds, String evidence) {
        tenders.lock(tenderId);
        LotAward award = current(tenderId, lotNumber);
        if (award == null) {
            throw new NotFoundProblem("lot " + lotNumber + " of tender " + tenderId + " has no award to challenge");
        }
        if (!Bid.openedParties(tenderId, lotNumber).contains(uscc)) {
            throw new ForbiddenException("only a bidder of lot " + lotNumber + " may challenge its award");
        }
        AwardChallenge challenge = AwardChallenge.file(award, uscc, grounds, evidence, clock.instant(), rules, calendar);
        challenge.persist();
        tenders.publish(tenders.require(tenderId), ChallengeFiledV1.TYPE, new ChallengeFiledV1(tenderId, lotNumber,
                challenge.id, grounds, challenge.filedAt, challenge.answerDueAt));
        return challenge;
    }

    /**
     * The purchaser's answer. Upheld, the award is withdrawn and the lot goes back to the committee
     * (its result and current sheets set aside, kept) or fails; rejected, the award becomes final
     * if its time has come and nothing else is unanswered.
     */
    public AwardChallenge answer(UUID tenderId, UUID challengeId, boolean upheld, AwardChallenge.Resolution resolution,
            String text, String by) {
        Tender tender = tenders.lock(tenderId);
        AwardChallenge challenge = AwardChallenge.<AwardChallenge>findByIdOptional(challengeId)
                .filter(c -> c.tenderId.equals(tenderId))
                .orElseThrow(() -> new NotFoundProblem("no challenge " + challengeId + " on tender " + tenderId));
        Instant now = clock.instant();
        challenge.answer(upheld, resolution, text, by, now);
        LotAward award = LotAward.findById(challenge.awardId);
        Lot lot = tender.lot(challenge.lot);
        tenders.publish(tender, ChallengeAnsweredV1.TYPE, new ChallengeAnsweredV1(tenderId, lot.number, challenge.id,
                upheld, resolution == null ? null : resolution.name(), text, now));
        if (!upheld) {
            finaliseIfDue(tender, award, now);
        } else if (award.status == LotAward.Status.PUBLICISED) {
            award.withdraw("challenge upheld: " + text, now);
            jobs.cancel(FINALISES, award.id.toString());
            if (resolution == AwardChallenge.Resolution.RESCORE) {
                lot.reopenForScoring();
                LotResult.delete("tenderId = ?1 and lot = ?2", tenderId, lot.number);
                ScoreSheet.update("current = false where tenderId = ?1 and lot = ?2 and current = true", tenderId, lot.number);
            } else {
                failLot(tender, lot, now);
            }
            LOG.infof("tender %s lot %d: challenge upheld, %s", tenderId, lot.number, resolution);
        }
        return challenge;
    }

    /** 弃标: the winner declines the final award in time; the lot goes to the next ranked bidder or fails, as announced. */
    public LotAward decline(UUID tenderId, int lotNumber, String uscc, String reason) {
        Tender tender = tenders.lock(tenderId);
        LotAward award = current(tenderId, lotNumber);
        if (award == null || !award.leadUscc.equals(uscc)) {
            throw new NotFoundProblem("no award of lot " + lotNumber + " to " + uscc);
        }
        Instant now = clock.instant();
        award.abandon(reason, now, rules);
        Lot lot = tender.lot(lotNumber);
        tenders.publish(tender, AwardAbandonedV1.TYPE, new AwardAbandonedV1(tenderId.toString(), lot.id.toString(), uscc,
                LocalDate.ofInstant(now, rules.zone())));
        LotResult result = LotResult.findById(new LotResult.Key(tenderId, lotNumber));
        boolean next = tender.onAbandonment == TenderTerms.AbandonmentRule.NEXT_RANKED
                && award.rank < result.ranking.size();
        if (next) {
            lot.recommendAgain();
            recommend(tender, lot, result, award.rank + 1);
        } else {
            failLot(tender, lot, now);
        }
        return award;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LotAward current(UUID tenderId, int lot) {
        return LotAward.<LotAward>find("tenderId = ?1 and lot = ?2 and status in ?3", tenderId, lot,
                List.of(LotAward.Status.PUBLICISED, LotAward.Status.FINAL)).firstResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LotAward> awards(UUID tenderId) {
        return LotAward.list("tenderId = ?1 order by lot, round", tenderId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwardChallenge> challenges(UUID tenderId) {
        return AwardChallenge.list("tenderId = ?1 order by filedAt, id", tenderId);
    }

    private void finaliseIfDue(Tender tender, LotAward award, Instant now) {
        if (!award.finaliseIfDue(now, AwardChallenge.unansweredFor(award.id))) {
            return;
        }
        Lot lot = tender.lot(award.lot);
        lot.awarded();
        tenders.publish(tender, AwardFinalizedV1.TYPE, new AwardFinalizedV1(tender.id, lot.id, lot.number, award.id,
                award.noticeNumber, tender.title, tender.content, tender.quantity, tender.unit, tender.orgCode, tender.region, tender.fiscalYear, tender.subItemCode,
                tender.method, award.leadUscc, name(award.leadUscc), award.memberUsccs, award.price.amount(),
                tender.serviceStartsOn, tender.serviceEndsOn, tender.stableService, tender.paymentTerms,
                tender.performanceStandards, now));
        LOG.infof("tender %s lot %d: award to %s final, notice %s", tender.id, lot.number, award.leadUscc,
                award.noticeNumber);
    }

    private void failLot(Tender tender, Lot lot, Instant now) {
        lot.failAfterScoring();
        tenders.publish(tender, LotFailedV1.TYPE, new LotFailedV1(tender.id, lot.number, 0,
                tenders.rules().minimumValidBids(tender.method), now));
    }

    private static String name(String uscc) {
        SupplierProjection supplier = SupplierProjection.findById(uscc);
        return supplier == null ? null : supplier.name;
    }
}
