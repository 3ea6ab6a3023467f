package org.govbuy.contract.domain;

/** An evaluation's grade (优秀、良好、合格、不合格). */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL;

    public boolean passed() {
        return this != FAIL;
    }
}
