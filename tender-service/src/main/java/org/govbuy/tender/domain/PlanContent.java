package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.govbuy.platform.error.UnprocessableRequest;

/**
 * What a purchase plan says (seed 000 §八.(一)): the catalogue sub-item, what is bought and how
 * much, the budget and what it rests on, why it is feasible, what it should achieve and how its
 * performance will be judged, and the procurement method proposed (with its justification where
 * the method avoids competition).
 */
public record PlanContent(int fiscalYear, String subItemCode, String content, BigDecimal quantity, String unit,
        Money budget, String priceBasis, String budgetReason, String feasibility, String goals,
        String performanceStandards, ProcurementMethod proposedMethod, String methodJustification) {

    /** The budget per unit, compared with the catalogue's reference price range (per unit). */
    public BigDecimal unitPrice() {
        return budget.amount().divide(quantity, 2, RoundingMode.HALF_UP);
    }

    /**
     * The plan's own rules: single source needs a justification; a unit price outside the
     * sub-item's reference range (either bound may be absent) needs a written reason.
     */
    public void requireJustified(BigDecimal referenceMin, BigDecimal referenceMax) {
        if (proposedMethod.needsJustification() && isBlank(methodJustification)) {
            throw new UnprocessableRequest("methodJustification", "a single-source plan must justify why no competition is held");
        }
        BigDecimal unitPrice = unitPrice();
        boolean below = referenceMin != null && unitPrice.compareTo(referenceMin) < 0;
        boolean above = referenceMax != null && unitPrice.compareTo(referenceMax) > 0;
        if ((below || above) && isBlank(budgetReason)) {
            throw new UnprocessableRequest("budgetReason", "the budget per " + unit + " (" + unitPrice.toPlainString()
                    + ") is " + (below ? "below" : "above") + " the catalogue's reference range "
                    + range(referenceMin, referenceMax) + ": give the reason in writing");
        }
    }

    private static String range(BigDecimal min, BigDecimal max) {
        return (min == null ? "…" : min.toPlainString()) + "–" + (max == null ? "…" : max.toPlainString());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
