package org.govbuy.platform.rest;

import org.govbuy.platform.error.DomainRuleViolation;

/**
 * Which page of a list a caller asked for. Bounded so no request can ask the database to skip
 * more than {@link #MAX_RESULTS} rows (or overflow while computing how many): beyond that a
 * caller narrows the search instead of paging on.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_RESULTS = 10_000;
    /** The highest page number a bean-validation constraint can state without knowing the size. */
    public static final int MAX_PAGE = MAX_RESULTS - 1;

    public Paging {
        if (page < 0) {
            throw new DomainRuleViolation("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainRuleViolation("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size + size > MAX_RESULTS) {
            throw new DomainRuleViolation("page", "page × size must stay within the first " + MAX_RESULTS
                    + " results; narrow the search instead");
        }
    }

    /** Rows to skip. */
    public int offset() {
        return page * size;
    }
}
