package org.govbuy.evaluation.domain;

/** The grade of an evaluation result: 优秀, 良好, 合格, 不合格. */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL
}
