package org.govbuy.credit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step in a credit record's audit trail: who contested, corrected or revoked it, and why. */
@Entity
@Table(name = "credit_record_amendment")
public class CreditRecordAmendment extends PanacheEntityBase {

    public enum Action {
        CONTESTED, CONTEST_REJECTED, CORRECTED, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Action action;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "amended_by", nullable = false, length = 100)
    public String amendedBy;

    @Column(name = "amended_at", nullable = false)
    public Instant amendedAt;

    /** For a contest: the proof the supplier names (a document, a decision, a web address). */
    @Column(name = "evidence_reference", length = 500)
    public String evidenceReference;

    /** For a correction: the values before it. */
    @Column(name = "previous_values", length = 300)
    public String previousValues;

    protected CreditRecordAmendment() {
    }

    static CreditRecordAmendment of(CreditRecord record, Action action, String reason, String by, Instant at,
            String previousValues) {
        if (reason == null || reason.isBlank()) {
            throw new org.govbuy.platform.error.DomainRuleViolation("reason", "must not be blank");
        }
        CreditRecordAmendment amendment = new CreditRecordAmendment();
        amendment.id = UUID.randomUUID();
        amendment.recordId = record.id;
        amendment.action = action;
        amendment.reason = reason;
        amendment.amendedBy = by;
        amendment.amendedAt = at;
        amendment.previousValues = previousValues;
        return amendment;
    }
}
