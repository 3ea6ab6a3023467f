package org.govbuy.platform.error;

import java.util.List;

/**
 * A well-formed request that a rule of the domain refuses (a sub-item not purchasable this year,
 * a supplier not eligible to bid): 422, naming every field and rule at once so the caller fixes
 * everything in one go.
 */
public class UnprocessableRequest extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public UnprocessableRequest(String detail, List<Problem.Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public UnprocessableRequest(String field, String rule) {
        this(field + ": " + rule, List.of(new Problem.Violation(field, rule)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
