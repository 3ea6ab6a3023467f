package org.govbuy.evaluation.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The points one assessor gave a sub-indicator, why, and the evidence it rests on (not public). */
@Entity
@Table(name = "indicator_score")
@IdClass(IndicatorScore.Key.class)
public class IndicatorScore extends PanacheEntityBase {

    /** The primary key: evaluation, assessor, sub-indicator. */
    public static class Key implements Serializable {
        public UUID evaluationId;
        public Assessor assessor;
        public String subIndicator;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(evaluationId, k.evaluationId) && assessor == k.assessor
                    && java.util.Objects.equals(subIndicator, k.subIndicator);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(evaluationId, assessor, subIndicator);
        }
    }

    @Id
    public UUID evaluationId;
    @Id
    @Enumerated(EnumType.STRING)
    public Assessor assessor;
    @Id
    public String subIndicator;
    public BigDecimal points;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> evidence;
    public String scoredBy;
    public Instant scoredAt;
}
