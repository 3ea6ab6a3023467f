package org.govbuy.credit.messaging;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.govbuy.credit.domain.Severity;

/**
 * credit-service's copies of the shapes it reads from other services' events (schemas of record:
 * docs/events/). Unknown fields are ignored; producers may add fields within a version.
 */
public final class ConductEventsV1 {

    private ConductEventsV1() {
    }

    /** {@code govbuy.evaluation.evaluation.completed.v1} on evaluation.events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluationCompletedV1(String evaluationId, String contractId, String supplierUscc, Grade grade,
            LocalDate completedOn) {
        public static final String TYPE = "govbuy.evaluation.evaluation.completed.v1";

        public enum Grade {
            EXCELLENT, GOOD, PASS, FAIL
        }
    }

    /** {@code govbuy.contract.contract.breached.v1} on contract.events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContractBreachedV1(String contractId, String supplierUscc, Severity severity, String description,
            LocalDate occurredOn) {
        public static final String TYPE = "govbuy.contract.contract.breached.v1";
    }

    /** {@code govbuy.contract.contract.terminated.v1} on contract.events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContractTerminatedV1(String contractId, String supplierUscc, Cause cause, LocalDate terminatedOn) {
        public static final String TYPE = "govbuy.contract.contract.terminated.v1";

        public enum Cause {
            SUPPLIER_BREACH, PURCHASER_BREACH, MUTUAL_AGREEMENT, FORCE_MAJEURE
        }
    }

    /** {@code govbuy.tender.award.abandoned.v1} on tender.events: the winner gave up (弃标). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardAbandonedV1(String tenderId, String lotId, String supplierUscc, LocalDate abandonedOn) {
        public static final String TYPE = "govbuy.tender.award.abandoned.v1";
    }
}
