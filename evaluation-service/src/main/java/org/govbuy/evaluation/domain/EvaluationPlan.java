package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * How a contract is evaluated: the template version, its indicators with the contract's weights,
 * and the agency's share in an assessed indicator (the purchaser has the rest). An evaluation
 * keeps a copy of the plan it opened with, so a later change of plan never rescores it.
 */
public record EvaluationPlan(UUID templateId, String templateCode, int templateVersion, List<Indicator> indicators,
        BigDecimal agencyShare) {

    /**
     * The template with the contract's weights: each within {@code maxAdjustment} points of the
     * template's weight, together still 100; the agency's share within [0.5, 1] — the independent
     * third party carries at least half of each assessed indicator.
     */
    public static EvaluationPlan of(IndicatorTemplate template, Map<String, Integer> weights, BigDecimal agencyShare,
            int maxAdjustment) {
        List<Problem.Violation> violations = new ArrayList<>();
        weights.keySet().stream().filter(code -> template.indicators.stream().noneMatch(i -> i.code().equals(code)))
                .forEach(code -> violations.add(new Problem.Violation("weights." + code,
                        "not an indicator of template " + template.code + " v" + template.version)));
        List<Indicator> adjusted = new ArrayList<>();
        int total = 0;
        for (Indicator indicator : template.indicators) {
            int weight = weights.getOrDefault(indicator.code(), indicator.weight());
            if (Math.abs(weight - indicator.weight()) > maxAdjustment || weight <= 0) {
                violations.add(new Problem.Violation("weights." + indicator.code(), "within " + maxAdjustment
                        + " points of the template's " + indicator.weight() + " and above 0"));
            }
            total += weight;
            adjusted.add(indicator.withWeight(weight));
        }
        if (total != IndicatorTemplate.TOTAL_WEIGHT) {
            violations.add(new Problem.Violation("weights", "the weights sum to 100, not " + total));
        }
        if (agencyShare.compareTo(new BigDecimal("0.5")) < 0 || agencyShare.compareTo(BigDecimal.ONE) > 0) {
            violations.add(new Problem.Violation("agencyShare", "the agency's share is between 0.5 and 1"));
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableRequest("the evaluation plan is not within its limits", violations);
        }
        return new EvaluationPlan(template.id, template.code, template.version, List.copyOf(adjusted), agencyShare);
    }

    public Indicator.SubIndicator subIndicator(String code) {
        return indicators.stream().flatMap(i -> i.subIndicators().stream()).filter(s -> s.code().equals(code))
                .findFirst().orElse(null);
    }
}
