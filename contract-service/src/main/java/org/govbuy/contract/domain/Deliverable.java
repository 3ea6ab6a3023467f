package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A deliverable with a quantified target (seed 000 篇4: at least 12 training sessions, at least 2
 * assessments, 3 bulletins a week), against which the supplier's progress reports count.
 */
@Entity
@Table(name = "deliverable")
public class Deliverable extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID contractId;
    public int number;
    public String name;
    public BigDecimal target;
    public String unit;
    @Enumerated(EnumType.STRING)
    public DeliveryPeriod per;

    /** The target over the whole term (3 a week over 52 weeks is 156). */
    public BigDecimal targetForTerm(Contract contract) {
        return target.multiply(BigDecimal.valueOf(per.periodsIn(contract.serviceStartsOn, contract.serviceEndsOn)));
    }
}
