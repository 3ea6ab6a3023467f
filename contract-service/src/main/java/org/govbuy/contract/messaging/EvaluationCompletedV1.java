package org.govbuy.contract.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.govbuy.contract.domain.EvaluationType;
import org.govbuy.contract.domain.Grade;

/**
 * evaluation-service's {@code govbuy.evaluation.evaluation.completed.v1} as contract-service reads it
 * (docs/events/consumed-by-contract.yaml): credit-service's fields plus the type of evaluation, the
 * score, whether it is a re-evaluation after rectification, and whether rectification is required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationCompletedV1(String evaluationId, UUID contractId, String supplierUscc, EvaluationType type,
        Boolean reEvaluation, Grade grade, BigDecimal score, Boolean rectificationRequired, LocalDate completedOn) {

    public static final String TYPE = "govbuy.evaluation.evaluation.completed.v1";

    public String missingField() {
        if (evaluationId == null) {
            return "evaluationId";
        }
        if (contractId == null) {
            return "contractId";
        }
        if (type == null || grade == null) {
            return "type or grade";
        }
        return completedOn == null ? "completedOn" : null;
    }
}
