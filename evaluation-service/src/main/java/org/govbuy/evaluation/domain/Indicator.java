package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A first-level indicator (一级指标) with its weight out of 100, and the sub-indicators (二级指标) an
 * assessor awards points on, each up to its maximum. The indicator's share of its weight is the
 * points awarded over the points available.
 */
public record Indicator(String code, String name, IndicatorCategory category, int weight, String guidance,
        List<SubIndicator> subIndicators) {

    public record SubIndicator(String code, String name, BigDecimal maxPoints, String guidance) {
    }

    public Indicator withWeight(int newWeight) {
        return new Indicator(code, name, category, newWeight, guidance, subIndicators);
    }

    public BigDecimal maxPoints() {
        return subIndicators.stream().map(SubIndicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
