package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The quantity indicator measured from the contract (合同量化指标): for each deliverable, what was
 * delivered over what was due by the evaluation (the term's target times the share due — half at
 * mid-term, all at the end), capped at 1; the indicator's share is the mean over the deliverables.
 */
public final class QuantityAchievement {

    /** A deliverable with its target for the whole term, as the contract was filed. */
    public record Deliverable(int number, String name, BigDecimal targetForTerm, String unit) {
    }

    private QuantityAchievement() {
    }

    public static BigDecimal share(List<Deliverable> deliverables, Map<String, BigDecimal> delivered, BigDecimal dueShare) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Deliverable d : deliverables) {
            BigDecimal due = d.targetForTerm().multiply(dueShare);
            BigDecimal done = delivered.getOrDefault(String.valueOf(d.number()), BigDecimal.ZERO);
            BigDecimal rate = due.signum() == 0 ? BigDecimal.ONE
                    : done.divide(due, Scorecard.SCALE, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            sum = sum.add(rate);
        }
        return sum.divide(BigDecimal.valueOf(deliverables.size()), Scorecard.SCALE, RoundingMode.HALF_UP);
    }
}
