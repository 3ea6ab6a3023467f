package org.govbuy.tender.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * A lot's award to one bid (ADR 35): published as the committee's recommendation for the publicity
 * period (中标公示) and open to challenges (质疑); final (中标通知书 issued) once both periods have
 * ended with no challenge unanswered; withdrawn when a challenge is upheld; abandoned when the
 * winner declines in time. A lot's later rounds award the same lot again (re-scored, or the next
 * ranked bidder).
 */
@Entity
@Table(name = "lot_award")
public class LotAward extends PanacheEntityBase {

    public enum Status {
        PUBLICISED, FINAL, WITHDRAWN, ABANDONED
    }

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    @Column(nullable = false)
    public int round;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    /** The bid's place in the committee's ranking. */
    @Column(nullable = false)
    public int rank;

    @Column(name = "lead_uscc", nullable = false, length = 18)
    public String leadUscc;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "member_usccs", nullable = false, columnDefinition = "jsonb")
    public List<String> memberUsccs;

    @Column(nullable = false)
    public Money price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "publicity_ends_at", nullable = false)
    public Instant publicityEndsAt;

    @Column(name = "challenges_close_at", nullable = false)
    public Instant challengesCloseAt;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    /** The award notice's number (中标通知书). */
    @Column(name = "notice_number")
    public String noticeNumber;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    public static LotAward recommend(Tender tender, int lot, int round, Bid bid, int rank, Instant now, AwardRules rules,
            WorkingDayCalendar calendar) {
        LotAward a = new LotAward();
        a.id = UUID.randomUUID();
        a.tenderId = tender.id;
        a.lot = lot;
        a.round = round;
        a.bidId = bid.id;
        a.rank = rank;
        a.leadUscc = bid.leadUscc;
        a.memberUsccs = List.copyOf(bid.members);
        a.price = bid.openedPrice;
        a.status = Status.PUBLICISED;
        a.publishedAt = now;
        a.publicityEndsAt = rules.periodEnd(now, rules.publicityWorkingDays(), calendar);
        a.challengesCloseAt = rules.periodEnd(now, rules.challengeWorkingDays(), calendar);
        return a;
    }

    /** When it may become final: both the publicity period and the challenge period have ended. */
    public Instant finalisableAt() {
        return publicityEndsAt.isAfter(challengesCloseAt) ? publicityEndsAt : challengesCloseAt;
    }

    /** Becomes final if its time has come and no challenge is unanswered; whether it did. */
    public boolean finaliseIfDue(Instant now, long unansweredChallenges) {
        if (status != Status.PUBLICISED || now.isBefore(finalisableAt()) || unansweredChallenges > 0) {
            return false;
        }
        status = Status.FINAL;
        finalisedAt = now;
        noticeNumber = "ZB-" + tenderId.toString().substring(0, 8).toUpperCase() + "-" + lot + "-" + round;
        return true;
    }

    public void requireTakingChallenges(Instant now) {
        if (status != Status.PUBLICISED || !now.isBefore(challengesCloseAt)) {
            throw new IllegalTransitionException("challenges to the award of lot " + lot + " were taken until "
                    + challengesCloseAt + (status == Status.PUBLICISED ? "" : "; the award is " + status));
        }
    }

    /** An upheld challenge takes the recommendation back. */
    public void withdraw(String reason, Instant now) {
        if (status != Status.PUBLICISED) {
            throw new IllegalTransitionException("only an award in publicity is withdrawn; this one is " + status);
        }
        end(Status.WITHDRAWN, reason, now);
    }

    /** The winner declines (弃标) within the period after the final award. */
    public void abandon(String reason, Instant now, AwardRules rules) {
        if (status != Status.FINAL) {
            throw new IllegalTransitionException("only a final award is declined; this one is " + status);
        }
        Instant until = finalisedAt.plus(Duration.ofDays(rules.declinationDays()));
        if (!now.isBefore(until)) {
            throw new IllegalTransitionException("the award could be declined until " + until
                    + "; after that the contract is the way out");
        }
        end(Status.ABANDONED, reason, now);
    }

    private void end(Status ended, String reason, Instant now) {
        status = ended;
        endReason = reason;
        endedAt = now;
    }

    public List<String> parties() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(leadUscc), memberUsccs.stream()).toList();
    }
}
