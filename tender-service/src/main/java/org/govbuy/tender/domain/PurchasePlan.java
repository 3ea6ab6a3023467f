package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.tender.messaging.TenderEventsV1.PlanApprovedV1;
import org.govbuy.tender.messaging.TenderEventsV1.PlanReturnedV1;
import org.govbuy.tender.messaging.TenderEventsV1.PlanSubmittedV1;

/**
 * A purchase plan (购买服务计划, seed 000 §八.(一)): a purchasing department's proposal to buy a
 * catalogue sub-item in a fiscal year, reviewed by finance of its region. Only an approved plan
 * becomes a tender, and its tenders stay within its budget. Four eyes: whoever submitted it never
 * decides on it.
 */
@Entity
@Table(name = "purchase_plan")
public class PurchasePlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_code", nullable = false)
    public String orgCode;

    @Column(nullable = false, length = 6)
    public String region;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "sub_item_code", nullable = false)
    public String subItemCode;

    @Column(name = "sub_item_name", nullable = false)
    public String subItemName;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public Money budget;

    @Column(name = "price_basis", nullable = false)
    public String priceBasis;

    @Column(name = "budget_reason")
    public String budgetReason;

    @Column(nullable = false)
    public String feasibility;

    @Column(nullable = false)
    public String goals;

    @Column(name = "performance_standards", nullable = false)
    public String performanceStandards;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_method", nullable = false)
    public ProcurementMethod proposedMethod;

    @Column(name = "method_justification")
    public String methodJustification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Version
    public long version;

    /** A new draft of {@code orgCode} in {@code region}; the catalogue has already admitted the sub-item. */
    public static PurchasePlan draft(String orgCode, String region, PlanContent content, String subItemName,
            String actor, Instant now) {
        PurchasePlan plan = new PurchasePlan();
        plan.id = UUID.randomUUID();
        plan.orgCode = orgCode;
        plan.region = region;
        plan.status = PlanStatus.DRAFT;
        plan.createdBy = actor;
        plan.createdAt = now;
        plan.take(content, subItemName);
        return plan;
    }

    /** Changes a draft, or a plan finance returned. */
    public void revise(PlanContent content, String subItemName) {
        if (!status.editable()) {
            throw new IllegalTransitionException("a " + status + " plan cannot be changed; only a draft or a returned plan");
        }
        take(content, subItemName);
    }

    public PlanContent content() {
        return new PlanContent(fiscalYear, subItemCode, content, quantity, unit, budget, priceBasis, budgetReason,
                feasibility, goals, performanceStandards, proposedMethod, methodJustification);
    }

    private void take(PlanContent c, String subItemName) {
        this.fiscalYear = c.fiscalYear();
        this.subItemCode = c.subItemCode();
        this.subItemName = subItemName;
        this.content = c.content();
        this.quantity = c.quantity();
        this.unit = c.unit();
        this.budget = c.budget();
        this.priceBasis = c.priceBasis();
        this.budgetReason = c.budgetReason();
        this.feasibility = c.feasibility();
        this.goals = c.goals();
        this.performanceStandards = c.performanceStandards();
        this.proposedMethod = c.proposedMethod();
        this.methodJustification = c.methodJustification();
    }

    public PlanSubmittedV1 submit(String actor, Instant now) {
        if (!status.editable()) {
            throw new IllegalTransitionException("a " + status + " plan cannot be submitted");
        }
        status = PlanStatus.SUBMITTED;
        submittedBy = actor;
        submittedAt = now;
        decidedBy = null;
        decidedAt = null;
        return new PlanSubmittedV1(id, orgCode, region, fiscalYear, subItemCode, budget.amount(), proposedMethod.name(),
                now);
    }

    public PlanApprovedV1 approve(String actor, Instant now) {
        requireDecidableBy(actor);
        status = PlanStatus.APPROVED;
        decidedBy = actor;
        decidedAt = now;
        returnReason = null;
        return new PlanApprovedV1(id, orgCode, region, fiscalYear, subItemCode, budget.amount(), proposedMethod.name(),
                now);
    }

    public PlanReturnedV1 returnWith(String reason, String actor, Instant now) {
        requireDecidableBy(actor);
        status = PlanStatus.RETURNED;
        decidedBy = actor;
        decidedAt = now;
        returnReason = reason;
        return new PlanReturnedV1(id, orgCode, region, fiscalYear, reason, now);
    }

    private void requireDecidableBy(String actor) {
        if (status != PlanStatus.SUBMITTED) {
            throw new IllegalTransitionException("only a submitted plan can be approved or returned; this one is " + status);
        }
        if (actor.equals(submittedBy)) {
            throw new IllegalTransitionException("whoever submitted a plan may not decide on it (four eyes)");
        }
    }

    /** A tender of {@code amount} may be made from this plan when it is approved and the budget allows. */
    public void requireCovers(Money alreadyTendered, Money amount) {
        if (status != PlanStatus.APPROVED) {
            throw new IllegalTransitionException("only an approved plan becomes a tender; this one is " + status);
        }
        if (alreadyTendered.plus(amount).exceeds(budget)) {
            throw new org.govbuy.platform.error.UnprocessableRequest("lots", "the lots' budgets (" + amount
                    + ") and the plan's other tenders (" + alreadyTendered + ") exceed the plan's budget (" + budget + ")");
        }
    }
}
