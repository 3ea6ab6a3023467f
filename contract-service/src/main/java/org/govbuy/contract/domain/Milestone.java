package org.govbuy.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A milestone the supplier submits for acceptance with its evidence; the purchaser accepts it or
 * rejects it with reasons, and a rejected milestone may be submitted again.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    public enum Status {
        OPEN, SUBMITTED, ACCEPTED, REJECTED
    }

    @Id
    public UUID id;
    public UUID contractId;
    public int number;
    public String name;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant submittedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> evidence;
    public String decidedBy;
    public Instant decidedAt;
    public String reason;

    public void submit(List<String> evidence, Instant now) {
        if (status != Status.OPEN && status != Status.REJECTED) {
            throw new IllegalTransitionException("milestone " + number + " is " + status + "; only an open or rejected milestone is submitted");
        }
        status = Status.SUBMITTED;
        this.evidence = List.copyOf(evidence);
        submittedAt = now;
    }

    public void decide(boolean accepted, String reason, String by, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new IllegalTransitionException("milestone " + number + " is " + status + "; only a submitted milestone is accepted or rejected");
        }
        status = accepted ? Status.ACCEPTED : Status.REJECTED;
        this.reason = reason;
        decidedBy = by;
        decidedAt = now;
    }
}
