package org.govbuy.credit.domain;

import java.time.LocalDate;

/**
 * The facts of a new credit record as entered by a person or reported by another service.
 * {@code countsUntil} may be null: the policy's period for the severity applies. {@code decidedOn}
 * is the date of the decision that established the fact (a penalty decision, a ruling); null means
 * the day it occurred. {@code enteredRegion}: the region of the official or event that entered it.
 */
public record CreditRecordFacts(String uscc, CreditRecordKind kind, Severity severity, RecordSource source,
        String evidenceReference, String reason, LocalDate occurredOn, LocalDate decidedOn, LocalDate countsUntil,
        String sourceEventId, String enteredRegion) {

    public LocalDate decisionDate() {
        return decidedOn != null ? decidedOn : occurredOn;
    }
}
