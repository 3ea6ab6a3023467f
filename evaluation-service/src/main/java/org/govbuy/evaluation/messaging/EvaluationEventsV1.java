package org.govbuy.evaluation.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.evaluation.domain.ContractRecord;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationType;
import org.govbuy.evaluation.domain.Grade;

/** The events evaluation-service publishes on {@code evaluation.events} (docs/events/evaluation-events.yaml). */
public final class EvaluationEventsV1 {

    private EvaluationEventsV1() {
    }

    public record EvaluationScheduledV1(UUID evaluationId, UUID contractId, String supplierUscc, EvaluationType type,
            boolean reEvaluation, LocalDate opensOn, LocalDate closesOn, String reason) {
        public static final String TYPE = "govbuy.evaluation.evaluation.scheduled.v1";

        public static EvaluationScheduledV1 of(Evaluation e, ContractRecord c) {
            return new EvaluationScheduledV1(e.id, e.contractId, c.supplierUscc, e.type, e.isReEvaluation(), e.opensOn,
                    e.closesOn, e.reason);
        }
    }

    /** The window opened and the agency was drawn (agencyId null when none was eligible). */
    public record EvaluationOpenedV1(UUID evaluationId, UUID contractId, String agencyId, String drawSeed,
            int candidates) {
        public static final String TYPE = "govbuy.evaluation.evaluation.opened.v1";

        public static EvaluationOpenedV1 of(Evaluation e) {
            return new EvaluationOpenedV1(e.id, e.contractId, e.agencyId, e.drawSeed, e.drawCandidates.size());
        }
    }

    public record EvaluationOverdueV1(UUID evaluationId, UUID contractId, LocalDate closesOn, LocalDate overdueSince) {
        public static final String TYPE = "govbuy.evaluation.evaluation.overdue.v1";
    }

    /**
     * The final result: what contract-service pays by and credit-service records (the shapes in
     * consumed-by-contract.yaml and consumed-by-credit.yaml), with the rectification ordered on a fail.
     */
    public record EvaluationCompletedV1(String evaluationId, UUID contractId, String supplierUscc, EvaluationType type,
            boolean reEvaluation, Grade grade, BigDecimal score, boolean rectificationRequired,
            LocalDate rectificationDueOn, LocalDate completedOn, String gradeScaleVersion) {
        public static final String TYPE = "govbuy.evaluation.evaluation.completed.v1";

        public static EvaluationCompletedV1 of(Evaluation e, ContractRecord c) {
            return new EvaluationCompletedV1(e.id.toString(), e.contractId, c.supplierUscc, e.type, e.isReEvaluation(),
                    e.grade, e.score, Boolean.TRUE.equals(e.rectificationRequired), e.rectificationDueOn, e.completedOn,
                    e.gradeScaleVersion);
        }
    }
}
