package org.govbuy.evaluation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.govbuy.evaluation.domain.Agency;
import org.govbuy.evaluation.domain.Assessor;
import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationPlan;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.EvaluationType;
import org.govbuy.evaluation.domain.Grade;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorScore;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Satisfaction;
import org.govbuy.evaluation.domain.Scorecard;
import org.govbuy.platform.draw.SeededDraw;

/** Response bodies of evaluation-service. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    public record TemplateView(UUID id, String code, int version, String name, List<Indicator> indicators,
            String publishedBy, Instant publishedAt) {
        static TemplateView of(IndicatorTemplate t) {
            return new TemplateView(t.id, t.code, t.version, t.name, t.indicators, t.publishedBy, t.publishedAt);
        }
    }

    public record AgencyView(String id, String name, String uscc, String region, List<String> qualifications,
            List<String> specialties, List<String> affiliations, Agency.Status status, String statusReason,
            Instant registeredAt, Instant changedAt) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.id, a.name, a.uscc, a.region, a.qualifications, a.specialties, a.affiliations,
                    a.status, a.statusReason, a.registeredAt, a.changedAt);
        }
    }

    public record PlanView(UUID contractId, String title, EvaluationPlan plan, Map<String, Integer> weightChanges) {
        static PlanView of(ContractRecord c, EvaluationPlan plan) {
            return new PlanView(c.contractId, c.title, plan, c.weights);
        }
    }

    /** A place in the draw: anyone recomputes the ticket as SHA-256("seed:agency-id"). */
    public record DrawPlace(int position, String agencyId, String ticket) {
    }

    public record DrawView(String seed, Instant drawnAt, List<DrawPlace> order, Map<String, String> exclusions) {
        static DrawView of(Evaluation e) {
            if (e.drawSeed == null) {
                return null;
            }
            return new DrawView(e.drawSeed, e.drawnAt, IntStream.range(0, e.drawCandidates.size())
                    .mapToObj(i -> new DrawPlace(i + 1, e.drawCandidates.get(i),
                            SeededDraw.ticket(e.drawSeed, e.drawCandidates.get(i)))).toList(), e.drawExclusions);
        }
    }

    public record EvaluationView(UUID id, UUID contractId, String contractTitle, String supplierUscc, String supplierName,
            EvaluationType type, boolean reEvaluation, UUID reEvaluationOf, String reason, EvaluationStatus status,
            LocalDate opensOn, LocalDate closesOn, boolean overdue, LocalDate overdueSince, String agencyId, DrawView draw,
            EvaluationPlan plan, BigDecimal score, Grade grade, String gradeScaleVersion, List<Scorecard.Line> breakdown,
            Instant proposedAt, LocalDate objectionDueOn, String objection, String objectionAnswer, LocalDate completedOn,
            Boolean rectificationRequired, LocalDate rectificationDueOn, String rectificationReport) {
        static EvaluationView of(Evaluation e, ContractRecord c, LocalDate today) {
            return new EvaluationView(e.id, e.contractId, c.title, c.supplierUscc, c.supplierName, e.type,
                    e.isReEvaluation(), e.reEvaluationOf, e.reason, e.status, e.opensOn, e.closesOn, e.isOpenAfter(today),
                    e.overdueSince, e.agencyId, DrawView.of(e), e.plan, e.score, e.grade, e.gradeScaleVersion,
                    e.breakdown, e.proposedAt, e.objectionDueOn, e.objection, e.objectionAnswer, e.completedOn,
                    e.rectificationRequired, e.rectificationDueOn, e.rectificationReport);
        }
    }

    /** A sub-indicator's points; the evidence is shown to those who lead, score or oversee, not to the supplier. */
    public record ScoreView(Assessor assessor, String subIndicator, BigDecimal points, String reason, List<String> evidence,
            Instant scoredAt) {
        static ScoreView of(IndicatorScore s, boolean withEvidence) {
            return new ScoreView(s.assessor, s.subIndicator, s.points, s.reason, withEvidence ? s.evidence : null,
                    s.scoredAt);
        }
    }

    public record SurveyView(int issued, int responses, BigDecimal responseRate, BigDecimal meanSatisfaction,
            BigDecimal confidenceLow, BigDecimal confidenceHigh, String scale) {
        static SurveyView of(Satisfaction s) {
            return new SurveyView(s.issued(), s.responses(), s.responseRate(), s.mean(), s.low(), s.high(),
                    "1 (very dissatisfied) to 5 (very satisfied); 95 % confidence interval");
        }
    }

    public record CodesView(UUID evaluationId, List<String> codes) {
    }

    /** What the public sees of a final result: the contract's subject, the supplier, the score, grade and date. */
    public record PublicEvaluationView(UUID id, UUID contractId, String subject, String region, String supplierUscc,
            String supplierName, EvaluationType type, boolean reEvaluation, BigDecimal score, Grade grade,
            LocalDate completedOn, boolean rectificationRequired) {
        static PublicEvaluationView of(Evaluation e, ContractRecord c) {
            return new PublicEvaluationView(e.id, e.contractId, c.title, c.region, c.supplierUscc, c.supplierName, e.type,
                    e.isReEvaluation(), e.score, e.grade, e.completedOn, Boolean.TRUE.equals(e.rectificationRequired));
        }
    }
}
