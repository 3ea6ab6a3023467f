package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * How large a tender's evaluation committee (评标委员会) must be, by the national rules for goods and
 * services tenders (configurable): an odd number of members, at least {@code minimumMembers} (5),
 * at least {@code largeBudgetMembers} (7) when the budget reaches {@code largeBudget} (10 million
 * CNY); experts at least {@code expertShareNumerator}/{@code expertShareDenominator} (2/3) of the
 * members, the rest the purchaser's representatives.
 */
public record CommitteeRules(int minimumMembers, int largeBudgetMembers, BigDecimal largeBudget, int expertShareNumerator,
        int expertShareDenominator) {

    /** The smallest committee for a tender of this budget. */
    public int membersFor(Money budget) {
        return budget.amount().compareTo(largeBudget) >= 0 ? largeBudgetMembers : minimumMembers;
    }

    /** The fewest experts a committee of this size has: the share, rounded up. */
    public int minimumExperts(int members) {
        return (members * expertShareNumerator + expertShareDenominator - 1) / expertShareDenominator;
    }

    /** Every broken size rule at once, as a 422 naming the fields. */
    public void requireSound(int members, int representatives, Money budget) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (members % 2 == 0) {
            problems.add(new Problem.Violation("members", "a committee has an odd number of members, not " + members));
        }
        if (members < membersFor(budget)) {
            problems.add(new Problem.Violation("members", "a tender with a budget of " + budget + " CNY needs at least "
                    + membersFor(budget) + " members"));
        }
        if (members - representatives < minimumExperts(members)) {
            problems.add(new Problem.Violation("purchaserRepresentatives", "experts are at least "
                    + expertShareNumerator + "/" + expertShareDenominator + " of the members: at most "
                    + (members - minimumExperts(members)) + " of " + members + " may represent the purchaser"));
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableRequest("the committee's size breaks the rules", problems);
        }
    }
}
