package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * A bidder's challenge (质疑) to a lot's recommended award, filed within the challenge period with
 * grounds and evidence; the purchaser answers once. Upheld, the lot is re-scored by the committee
 * or fails; rejected, the award proceeds. Grounds and answer are published, the evidence and the
 * challenger's name are not.
 */
@Entity
@Table(name = "award_challenge")
public class AwardChallenge extends PanacheEntityBase {

    /** What an upheld challenge does to the lot. */
    public enum Resolution {
        RESCORE, FAIL
    }

    @Id
    public UUID id;

    @Column(name = "award_id", nullable = false)
    public UUID awardId;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    @Column(nullable = false, length = 18)
    public String challenger;

    @Column(nullable = false)
    public String grounds;

    @Column(nullable = false)
    public String evidence;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "answer_due_at", nullable = false)
    public Instant answerDueAt;

    public String answer;

    public Boolean upheld;

    @Enumerated(EnumType.STRING)
    public Resolution resolution;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static AwardChallenge file(LotAward award, String challenger, String grounds, String evidence, Instant now,
            AwardRules rules, WorkingDayCalendar calendar) {
        award.requireTakingChallenges(now);
        AwardChallenge c = new AwardChallenge();
        c.id = UUID.randomUUID();
        c.awardId = award.id;
        c.tenderId = award.tenderId;
        c.lot = award.lot;
        c.challenger = challenger;
        c.grounds = grounds;
        c.evidence = evidence;
        c.filedAt = now;
        c.answerDueAt = rules.periodEnd(now, rules.answerWorkingDays(), calendar);
        return c;
    }

    /** The purchaser's one answer: upheld with what follows (re-score or fail the lot), or rejected. */
    public void answer(boolean isUpheld, Resolution followUp, String text, String by, Instant now) {
        if (answer != null) {
            throw new IllegalTransitionException("the challenge was answered already on " + answeredAt);
        }
        if (isUpheld && followUp == null) {
            throw new UnprocessableRequest("resolution", "an upheld challenge says what follows: RESCORE or FAIL");
        }
        if (!isUpheld && followUp != null) {
            throw new UnprocessableRequest("resolution", "a rejected challenge changes nothing; leave resolution out");
        }
        upheld = isUpheld;
        resolution = followUp;
        answer = text;
        answeredBy = by;
        answeredAt = now;
    }

    public boolean overdue(Instant now) {
        return answer == null && !now.isBefore(answerDueAt);
    }

    public static long unansweredFor(UUID awardId) {
        return count("awardId = ?1 and answer is null", awardId);
    }
}
