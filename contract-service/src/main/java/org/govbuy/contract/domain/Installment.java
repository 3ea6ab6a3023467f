package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One installment of a contract's payment schedule (付款计划). Its trigger releases a payable part:
 * all of it on signing or a milestone accepted; by the payment policy on an evaluation result, the
 * rest withheld until a passed re-evaluation.
 */
@Entity
@Table(name = "installment")
public class Installment extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID contractId;
    public int number;
    @Enumerated(EnumType.STRING)
    public InstallmentTrigger trigger;
    @Column(name = "milestone_no")
    public Integer milestone;
    public BigDecimal share;
    public Money amount;
    /** Null until the trigger happened. */
    public Money payable;
    public Instant releasedAt;
    public String releasedBy;
    public String policyVersion;
    @Enumerated(EnumType.STRING)
    public Grade grade;
    public boolean rectificationRequired;

    public static Installment of(UUID contractId, InstallmentTerms.Scheduled s) {
        Installment i = new Installment();
        i.id = UUID.randomUUID();
        i.contractId = contractId;
        i.number = s.number();
        i.trigger = s.trigger();
        i.milestone = s.milestone();
        i.share = s.share();
        i.amount = s.amount();
        return i;
    }

    /** The whole installment becomes payable (signing, milestone accepted). */
    public void releaseAll(String by, Instant now) {
        if (payable == null) {
            payable = amount;
            releasedAt = now;
            releasedBy = by;
        }
    }

    /**
     * An evaluation result releases what the policy pays for its grade; a later result (a
     * re-evaluation after rectification) may release more, never less than already released.
     */
    public void releaseByEvaluation(Grade grade, PaymentPolicy policy, String evaluationId, Instant now) {
        Money earned = policy.payable(amount, grade);
        if (payable == null || earned.exceeds(payable)) {
            payable = earned;
            releasedAt = now;
        }
        releasedBy = "evaluation " + evaluationId;
        policyVersion = policy.version();
        this.grade = grade;
        rectificationRequired = policy.requiresRectification(grade);
    }

    public Money payableOrZero() {
        return payable == null ? Money.ZERO : payable;
    }

    public Money withheld() {
        return payable == null ? Money.ZERO : amount.minus(payable);
    }
}
