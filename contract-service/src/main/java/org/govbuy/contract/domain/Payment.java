package org.govbuy.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A payment against an installment: requested by the purchaser, approved by finance — by someone
 * other than who requested it (four eyes) — and recorded as paid on a day, which fixes its fiscal
 * year and its split by funding level.
 */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    public enum Status {
        REQUESTED, APPROVED, REJECTED, PAID;

        /** Whether the payment still counts against what may be paid. */
        public boolean commits() {
            return this != REJECTED;
        }
    }

    @Id
    public UUID id;
    public UUID contractId;
    public UUID installmentId;
    public Money amount;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String requestedBy;
    public Instant requestedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String rejection;
    public LocalDate paidOn;
    public Integer fiscalYear;
    public String paidBy;
    public Instant paidAt;

    public static Payment request(Contract contract, Installment installment, Money amount, String by, Instant now) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.contractId = contract.id;
        p.installmentId = installment.id;
        p.amount = amount;
        p.status = Status.REQUESTED;
        p.requestedBy = by;
        p.requestedAt = now;
        return p;
    }

    public void decide(boolean approved, String reason, String by, Instant now) {
        if (status != Status.REQUESTED) {
            throw new IllegalTransitionException("payment " + id + " is " + status + "; only a requested payment is approved or rejected");
        }
        if (by.equals(requestedBy)) {
            throw new IllegalTransitionException("payment " + id + " was requested by " + by
                    + "; another person approves it (four eyes)");
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        rejection = approved ? null : reason;
        decidedBy = by;
        decidedAt = now;
    }

    public void paid(LocalDate on, String by, Instant now) {
        if (status != Status.APPROVED) {
            throw new IllegalTransitionException("payment " + id + " is " + status + "; only an approved payment is paid");
        }
        status = Status.PAID;
        paidOn = on;
        fiscalYear = on.getYear();
        paidBy = by;
        paidAt = now;
    }
}
