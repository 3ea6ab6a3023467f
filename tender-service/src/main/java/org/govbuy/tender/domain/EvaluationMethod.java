package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * How the bids will be judged, stated in the announcement so bidders know it in advance: either
 * comprehensive scoring (综合评分法) — a price weight and criteria with maxima and weights that the
 * committee scores against, and optionally a credit criterion scored from each bidder's credit level
 * (ADR 39) — or the lowest qualified price (最低评标价法).
 */
public record EvaluationMethod(Kind kind, BigDecimal priceWeight, List<Criterion> criteria, BigDecimal creditWeight) {

    public enum Kind {
        COMPREHENSIVE_SCORING, LOWEST_PRICE
    }

    /** A criterion the committee scores (e.g. service plan, staff, experience), up to {@code maxScore}. */
    public record Criterion(String name, BigDecimal maxScore, BigDecimal weight) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public EvaluationMethod {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** Without a credit criterion. */
    public EvaluationMethod(Kind kind, BigDecimal priceWeight, List<Criterion> criteria) {
        this(kind, priceWeight, criteria, null);
    }

    /** The weights sum to 100 with the price weight at least the services minimum (e.g. 10). */
    public void requireValid(BigDecimal minimumPriceWeight) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (kind == Kind.LOWEST_PRICE) {
            if (!criteria.isEmpty()) {
                problems.add(new Problem.Violation("evaluation.criteria", "the lowest qualified price has no scored criteria"));
            }
            if (creditWeight != null) {
                problems.add(new Problem.Violation("evaluation.creditWeight", "the lowest qualified price has no credit criterion"));
            }
        } else {
            if (priceWeight == null || priceWeight.compareTo(minimumPriceWeight) < 0 || priceWeight.compareTo(HUNDRED) > 0) {
                problems.add(new Problem.Violation("evaluation.priceWeight", "must be between " + minimumPriceWeight.toPlainString()
                        + " and 100 (the price weight for services is at least " + minimumPriceWeight.toPlainString() + "%)"));
            }
            Set<String> names = new HashSet<>();
            BigDecimal sum = priceWeight == null ? BigDecimal.ZERO : priceWeight;
            if (creditWeight != null) {
                if (creditWeight.signum() <= 0) {
                    problems.add(new Problem.Violation("evaluation.creditWeight", "must be positive when given"));
                }
                sum = sum.add(creditWeight);
            }
            for (int i = 0; i < criteria.size(); i++) {
                Criterion c = criteria.get(i);
                if (!names.add(c.name())) {
                    problems.add(new Problem.Violation("evaluation.criteria[" + i + "].name", "must be unique"));
                }
                if (c.maxScore().signum() <= 0) {
                    problems.add(new Problem.Violation("evaluation.criteria[" + i + "].maxScore", "must be positive"));
                }
                if (c.weight().signum() <= 0) {
                    problems.add(new Problem.Violation("evaluation.criteria[" + i + "].weight", "must be positive"));
                }
                sum = sum.add(c.weight());
            }
            if (sum.compareTo(HUNDRED) != 0) {
                problems.add(new Problem.Violation("evaluation", "the price, credit and criteria weights must sum to 100, not "
                        + sum.toPlainString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableRequest("the evaluation method is not sound", problems);
        }
    }
}
