package org.govbuy.evaluation.domain;

/**
 * SCHEDULED (its window has not opened) → OPEN (agency drawn; survey and scoring) → PROPOSED (the
 * supplier sees its scores and may object) → OBJECTED (the purchaser answers) → COMPLETED; or
 * CANCELLED when the contract ends before the window opens.
 */
public enum EvaluationStatus {
    SCHEDULED, OPEN, PROPOSED, OBJECTED, COMPLETED, CANCELLED
}
