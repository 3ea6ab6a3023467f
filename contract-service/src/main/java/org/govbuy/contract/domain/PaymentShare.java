package org.govbuy.contract.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One level of government's part of a payment, in the fiscal year it was paid. */
@Entity
@Table(name = "payment_share")
public class PaymentShare extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID paymentId;
    public UUID contractId;
    @Enumerated(EnumType.STRING)
    public FundingLevel level;
    public int fiscalYear;
    public Money amount;

    public static PaymentShare of(Payment payment, FundingLevel level, Money amount) {
        PaymentShare s = new PaymentShare();
        s.id = UUID.randomUUID();
        s.paymentId = payment.id;
        s.contractId = payment.contractId;
        s.level = level;
        s.fiscalYear = payment.fiscalYear;
        s.amount = amount;
        return s;
    }
}
