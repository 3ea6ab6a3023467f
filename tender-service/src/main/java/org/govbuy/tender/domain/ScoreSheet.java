package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * One member's scores for a lot (评分表): every qualified bid on every criterion of the announcement,
 * each within the criterion's maximum. A correction is a new revision; earlier ones are kept, the
 * latest is current.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends PanacheEntityBase {

    /** One score: a bid on a criterion. */
    public record Score(UUID bidId, String criterion, BigDecimal score) {
    }

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    /** The member's login. */
    @Column(nullable = false)
    public String member;

    @Column(name = "member_name", nullable = false)
    public String memberName;

    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Score> scores;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean current;

    /** A complete, sound sheet, or a 422 naming every score that breaks a rule. */
    public static ScoreSheet submit(UUID tenderId, int lot, String member, String memberName, int revision,
            List<Score> scores, List<UUID> qualifiedBids, EvaluationMethod method, Instant now) {
        List<Problem.Violation> problems = new ArrayList<>();
        Map<String, EvaluationMethod.Criterion> criteria = new HashMap<>();
        method.criteria().forEach(c -> criteria.put(c.name(), c));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            EvaluationMethod.Criterion criterion = criteria.get(s.criterion());
            if (!qualifiedBids.contains(s.bidId())) {
                problems.add(new Problem.Violation("scores[" + i + "].bidId", "is not a qualified bid of lot " + lot));
            } else if (criterion == null) {
                problems.add(new Problem.Violation("scores[" + i + "].criterion", "is not a criterion of the announcement"));
            } else if (!seen.add(s.bidId() + "/" + s.criterion())) {
                problems.add(new Problem.Violation("scores[" + i + "]", "scores this bid on this criterion twice"));
            } else if (s.score().signum() < 0 || s.score().compareTo(criterion.maxScore()) > 0) {
                problems.add(new Problem.Violation("scores[" + i + "].score", "must be between 0 and "
                        + criterion.maxScore().toPlainString() + " (the maximum of " + criterion.name() + ")"));
            }
        }
        int expected = qualifiedBids.size() * method.criteria().size();
        if (problems.isEmpty() && seen.size() != expected) {
            problems.add(new Problem.Violation("scores", "a sheet scores every qualified bid on every criterion: "
                    + expected + " scores, not " + seen.size()));
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableRequest("the score sheet breaks the rules", problems);
        }
        ScoreSheet sheet = new ScoreSheet();
        sheet.id = UUID.randomUUID();
        sheet.tenderId = tenderId;
        sheet.lot = lot;
        sheet.member = member;
        sheet.memberName = memberName;
        sheet.revision = revision;
        sheet.scores = List.copyOf(scores);
        sheet.submittedAt = now;
        sheet.current = true;
        return sheet;
    }

    /** As the arithmetic reads it. */
    public Scoring.Sheet toScoring() {
        Map<UUID, Map<String, BigDecimal>> byBid = new HashMap<>();
        scores.forEach(s -> byBid.computeIfAbsent(s.bidId(), b -> new HashMap<>()).put(s.criterion(), s.score()));
        return new Scoring.Sheet(member, byBid);
    }
}
