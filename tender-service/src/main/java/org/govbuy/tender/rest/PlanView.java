package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.govbuy.tender.domain.PlanStatus;
import org.govbuy.tender.domain.ProcurementMethod;
import org.govbuy.tender.domain.PurchasePlan;

/** A purchase plan as its department and finance see it. */
public record PlanView(UUID id, String orgCode, String region, int fiscalYear, String subItemCode, String subItemName,
        String content, BigDecimal quantity, String unit, BigDecimal budget, String priceBasis, String budgetReason,
        String feasibility, String goals, String performanceStandards, ProcurementMethod proposedMethod,
        String methodJustification, PlanStatus status, Instant createdAt, Instant submittedAt, Instant decidedAt,
        String returnReason) {

    static PlanView of(PurchasePlan p) {
        return new PlanView(p.id, p.orgCode, p.region, p.fiscalYear, p.subItemCode, p.subItemName, p.content,
                p.quantity, p.unit, p.budget.amount(), p.priceBasis, p.budgetReason, p.feasibility, p.goals,
                p.performanceStandards, p.proposedMethod, p.methodJustification, p.status, p.createdAt, p.submittedAt,
                p.decidedAt, p.returnReason);
    }
}
