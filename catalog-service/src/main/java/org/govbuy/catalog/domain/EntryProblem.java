package org.govbuy.catalog.domain;

/**
 * A rule an entry breaks: which entry (its line in an import, counting the header as line 1, or
 * its position in a JSON array from 1), which field, and the rule in words.
 */
public record EntryProblem(int line, String field, String rule) {
}
