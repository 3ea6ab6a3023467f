package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A contract in force as contract-service filed it, what has been delivered against its
 * deliverables (from progress reports), and its evaluation plan (template and weights).
 */
@Entity
@Table(name = "contract_record")
public class ContractRecord extends PanacheEntityBase {

    public enum Status {
        ACTIVE, ENDED
    }

    @Id
    public UUID contractId;
    public String orgCode;
    public String region;
    public String title;
    public String subItemCode;
    public String supplierUscc;
    public String supplierName;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> memberUsccs;
    public LocalDate serviceStartsOn;
    public LocalDate serviceEndsOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<QuantityAchievement.Deliverable> deliverables;
    /** Quantity delivered so far, by deliverable number. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, BigDecimal> delivered;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public UUID templateId;
    /** The contract's weights where they differ from the template's, by indicator code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> weights;
    public BigDecimal agencyShare;
    public Instant filedAt;

    public List<String> supplierParties() {
        return Stream.concat(Stream.of(supplierUscc), memberUsccs.stream()).toList();
    }

    /** The day at half the term (中期): the start plus half the term's days, rounded down. */
    public LocalDate midTerm() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(serviceStartsOn, serviceEndsOn) + 1;
        return serviceStartsOn.plusDays(days / 2);
    }

    /** The share of the term elapsed by {@code day}, for an ad-hoc evaluation's due quantities. */
    public double elapsedShare(LocalDate day) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(serviceStartsOn, serviceEndsOn) + 1;
        return (double) java.time.temporal.ChronoUnit.DAYS.between(serviceStartsOn, day) / days;
    }

    public void deliver(int deliverable, BigDecimal quantity) {
        Map<String, BigDecimal> next = new HashMap<>(delivered);
        next.merge(String.valueOf(deliverable), quantity, BigDecimal::add);
        delivered = next;
    }
}
