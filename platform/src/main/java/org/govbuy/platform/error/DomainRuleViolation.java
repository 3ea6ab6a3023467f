package org.govbuy.platform.error;

/**
 * A request that is well-formed but breaks a domain rule on one field (e.g. a unified social
 * credit code whose check character is wrong): 400 naming the field and the rule.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;

    public DomainRuleViolation(String field, String rule) {
        super(rule);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
