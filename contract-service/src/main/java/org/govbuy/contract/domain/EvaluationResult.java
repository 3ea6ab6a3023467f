package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An evaluation result received from evaluation-service, kept as the reason for what it released. */
@Entity
@Table(name = "evaluation_result")
public class EvaluationResult extends PanacheEntityBase {

    @Id
    public String evaluationId;
    public UUID contractId;
    @Enumerated(EnumType.STRING)
    public EvaluationType type;
    public boolean reEvaluation;
    @Enumerated(EnumType.STRING)
    public Grade grade;
    public BigDecimal score;
    public boolean rectificationRequired;
    public LocalDate completedOn;
    public Instant receivedAt;

    public static boolean finalIn(UUID contractId) {
        return count("contractId = ?1 and type = ?2", contractId, EvaluationType.FINAL) > 0;
    }
}
