package org.govbuy.credit.domain;

import java.time.LocalDate;

/**
 * The facts of a new credit record as entered by a person or reported by another service.
 * {@code countsUntil} may be null: the policy's period for the severity applies.
 */
public record CreditRecordFacts(String uscc, CreditRecordKind kind, Severity severity, RecordSource source,
        String evidenceReference, String reason, LocalDate occurredOn, LocalDate countsUntil, String sourceEventId) {
}
