package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The supplier's periodic progress report (进度报告): achieved quantities per deliverable with evidence references. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    /** What was achieved of one deliverable in the period, and where the evidence is. */
    public record Item(int deliverable, BigDecimal quantity, List<String> evidence) {
    }

    @Id
    public UUID id;
    public UUID contractId;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public String narrative;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Item> items;
    public String reportedBy;
    public Instant reportedAt;
}
