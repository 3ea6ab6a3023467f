package org.govbuy.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.evaluation.domain.Assessor;
import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationRules;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorScore;
import org.govbuy.evaluation.domain.QuantityAchievement;
import org.govbuy.evaluation.domain.Satisfaction;
import org.govbuy.evaluation.domain.Scorecard;
import org.govbuy.evaluation.domain.SurveyResponse;
import org.govbuy.evaluation.messaging.EvaluationEventsV1.EvaluationCompletedV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.schedule.Jobs;

/**
 * Scoring and the result: the agency and the purchaser score the assessed sub-indicators; the
 * purchaser proposes the result combined by the plan's rules; the supplier may object once within
 * the objection period and the purchaser answers; the result is then final and published. A fail
 * orders rectification (整改) by a deadline and schedules the re-evaluation.
 */
@ApplicationScoped
@Transactional
public class Results {

    public static final String OBJECTION_PERIOD_ENDS = "evaluation.objection-period-ends";
    private static final Logger LOG = Logger.getLogger(Results.class);

    /** One sub-indicator's points as an assessor gives them. */
    public record Points(String subIndicator, BigDecimal points, String reason, List<String> evidence) {
    }

    private final Evaluations evaluations;
    private final Jobs jobs;
    private final EvaluationRules rules;
    private final Clock clock;

    Results(Evaluations evaluations, Jobs jobs, EvaluationRules rules, Clock clock) {
        this.evaluations = evaluations;
        this.jobs = jobs;
        this.rules = rules;
        this.clock = clock;
    }

    /** Records (or revises) an assessor's points; each within its sub-indicator's maximum, the agency's with evidence. */
    public List<IndicatorScore> score(UUID evaluationId, Assessor assessor, List<Points> points, String by) {
        Evaluation e = evaluations.lock(evaluationId);
        e.requireScoring();
        ContractRecord c = evaluations.contract(e.contractId);
        Map<String, Indicator.SubIndicator> scored = Scorecard.assessed(e.plan, !c.deliverables.isEmpty()).stream()
                .collect(Collectors.toMap(Indicator.SubIndicator::code, s -> s));
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            Points p = points.get(i);
            String at = "scores[" + i + "]";
            Indicator.SubIndicator sub = scored.get(p.subIndicator());
            if (sub == null) {
                violations.add(new Problem.Violation(at + ".subIndicator", "one of the sub-indicators assessors score: "
                        + scored.keySet().stream().sorted().toList()));
                continue;
            }
            if (!seen.add(p.subIndicator())) {
                violations.add(new Problem.Violation(at + ".subIndicator", "each sub-indicator once"));
            }
            if (p.points().signum() < 0 || p.points().compareTo(sub.maxPoints()) > 0) {
                violations.add(new Problem.Violation(at + ".points", "from 0 to the sub-indicator's maximum, "
                        + sub.maxPoints().stripTrailingZeros().toPlainString()));
            }
            if (p.points().stripTrailingZeros().scale() > 2) {
                violations.add(new Problem.Violation(at + ".points", "at most 2 decimal places"));
            }
            if (assessor == Assessor.AGENCY && (p.evidence() == null || p.evidence().isEmpty())) {
                violations.add(new Problem.Violation(at + ".evidence", "the agency's points rest on evidence: at least one reference"));
            }
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableRequest("the scores are not valid for this evaluation's plan", violations);
        }
        List<IndicatorScore> saved = new ArrayList<>();
        for (Points p : points) {
            IndicatorScore.Key key = new IndicatorScore.Key();
            key.evaluationId = e.id;
            key.assessor = assessor;
            key.subIndicator = p.subIndicator();
            IndicatorScore s = IndicatorScore.<IndicatorScore>findByIdOptional(key).orElseGet(() -> {
                IndicatorScore fresh = new IndicatorScore();
                fresh.evaluationId = key.evaluationId;
                fresh.assessor = assessor;
                fresh.subIndicator = key.subIndicator;
                return fresh;
            });
            s.points = p.points();
            s.reason = p.reason();
            s.evidence = p.evidence() == null ? List.of() : List.copyOf(p.evidence());
            s.scoredBy = by;
            s.scoredAt = clock.instant();
            s.persist();
            saved.add(s);
        }
        return saved;
    }

    /** The result as the parts stand now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scorecard.Result compute(Evaluation e) {
        ContractRecord c = evaluations.contract(e.contractId);
        List<Integer> answers = answers(e.id);
        if (answers.size() < rules.minimumResponses()) {
            throw new IllegalTransitionException("the recipients' survey has " + answers.size()
                    + " responses; a result needs at least " + rules.minimumResponses());
        }
        BigDecimal quantity = c.deliverables.isEmpty() ? null : QuantityAchievement.share(c.deliverables, c.delivered,
                e.type.dueShareOfTerm(c.elapsedShare(e.opensOn)));
        return Scorecard.score(e.plan, new Scorecard.Inputs(points(e.id, Assessor.AGENCY), points(e.id, Assessor.PURCHASER),
                quantity, Satisfaction.shareOfMaximum(answers)), rules.gradeScale());
    }

    /** The purchaser proposes the result; the supplier sees it and may object within the period. */
    public Evaluation propose(UUID evaluationId) {
        Evaluation e = evaluations.lock(evaluationId);
        if (e.status != EvaluationStatus.OPEN) {
            throw new IllegalTransitionException("evaluation " + e.id + " is " + e.status + "; only an open one is proposed");
        }
        LocalDate dueOn = today().plus(rules.objectionPeriod());
        e.propose(compute(e), dueOn, clock.instant());
        jobs.schedule(OBJECTION_PERIOD_ENDS, e.id.toString(), rules.startOf(dueOn.plusDays(1)), null);
        return e;
    }

    public Evaluation object(UUID evaluationId, String grounds) {
        Evaluation e = evaluations.lock(evaluationId);
        e.object(grounds, today(), clock.instant());
        jobs.cancel(OBJECTION_PERIOD_ENDS, e.id.toString());
        return e;
    }

    /** The purchaser's answer to the objection, with the result as rescored meanwhile: final. */
    public Evaluation answer(UUID evaluationId, String answer) {
        Evaluation e = evaluations.lock(evaluationId);
        if (e.status != EvaluationStatus.OBJECTED) {
            throw new IllegalTransitionException("evaluation " + e.id + " is " + e.status + "; there is no objection to answer");
        }
        e.answer(answer, compute(e), today(), rules.rectificationPeriod(), clock.instant());
        completed(e);
        return e;
    }

    /** The supplier accepts the proposed result: final at once. */
    public Evaluation accept(UUID evaluationId) {
        Evaluation e = evaluations.lock(evaluationId);
        e.finalise(today(), rules.rectificationPeriod());
        jobs.cancel(OBJECTION_PERIOD_ENDS, e.id.toString());
        completed(e);
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void finaliseUnopposed(UUID evaluationId) {
        Evaluation e = evaluations.lock(evaluationId);
        if (e.status == EvaluationStatus.PROPOSED) {
            e.finalise(today(), rules.rectificationPeriod());
            completed(e);
        }
    }

    /** The supplier's rectification report: the re-evaluation opens at once instead of at the deadline. */
    public Evaluation rectified(UUID evaluationId, String report) {
        Evaluation e = evaluations.lock(evaluationId);
        e.rectified(report, today(), clock.instant());
        Evaluation.<Evaluation>find("reEvaluationOf = ?1 and status = ?2", e.id, EvaluationStatus.SCHEDULED)
                .firstResultOptional().ifPresent(re -> evaluations.open(re.id));
        return e;
    }

    private void completed(Evaluation e) {
        ContractRecord c = evaluations.contract(e.contractId);
        evaluations.publish(e, c, EvaluationCompletedV1.TYPE, EvaluationCompletedV1.of(e, c));
        LOG.infof("evaluation %s of contract %s completed: %s %s", e.id, e.contractId, e.score, e.grade);
        if (Boolean.TRUE.equals(e.rectificationRequired)) {
            evaluations.schedule(c, e.type, e.id, "re-evaluation after rectification (整改) ordered by evaluation " + e.id,
                    e.rectificationDueOn, ContractPlans.SYSTEM);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorScore> scores(UUID evaluationId) {
        return IndicatorScore.list("evaluationId = ?1 order by assessor, subIndicator", evaluationId);
    }

    private Map<String, BigDecimal> points(UUID evaluationId, Assessor assessor) {
        Map<String, BigDecimal> points = new HashMap<>();
        IndicatorScore.<IndicatorScore>list("evaluationId = ?1 and assessor = ?2", evaluationId, assessor)
                .forEach(s -> points.put(s.subIndicator, s.points));
        return points;
    }

    static List<Integer> answers(UUID evaluationId) {
        return SurveyResponse.<SurveyResponse>list("evaluationId", evaluationId).stream()
                .map(r -> (int) r.satisfaction).toList();
    }

    private LocalDate today() {
        return rules.today(clock.instant());
    }
}
