package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The optional credit criterion of comprehensive scoring (ADR 39): a bid scores
 * {@code factor × credit weight}, the factor by the bidder's credit level at the closing (configurable:
 * A 1, B 0.7, C 0.4, D 0). A consortium is as creditworthy as its weakest member; a party without a
 * known level counts 0.
 */
public record CreditCriterion(Map<String, BigDecimal> factors) {

    public CreditCriterion {
        factors = Map.copyOf(factors);
    }

    /** The factor of a bid whose parties hold these credit levels (null for unknown). */
    public BigDecimal factor(Collection<String> levels) {
        return levels.stream().map(level -> level == null ? BigDecimal.ZERO : factors.getOrDefault(level, BigDecimal.ZERO))
                .min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
