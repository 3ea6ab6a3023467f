package org.govbuy.evaluation.domain;

import java.math.BigDecimal;

/**
 * The score each grade starts at, versioned so a result names the scale it was graded by:
 * excellent ≥ 90, good ≥ 80, pass ≥ 60, fail below by default.
 */
public record GradeScale(String version, BigDecimal excellent, BigDecimal good, BigDecimal pass) {

    public GradeScale {
        if (excellent.compareTo(good) <= 0 || good.compareTo(pass) <= 0 || pass.signum() <= 0) {
            throw new IllegalArgumentException("grade thresholds must fall: excellent > good > pass > 0");
        }
    }

    public Grade grade(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return score.compareTo(pass) >= 0 ? Grade.PASS : Grade.FAIL;
    }
}
