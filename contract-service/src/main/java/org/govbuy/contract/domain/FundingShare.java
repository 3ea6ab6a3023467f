package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.govbuy.platform.error.UnprocessableRequest;

/** One level of government's share of a contract's funding, as a weight of a ratio (6 in 6 : 2 : 2). */
public record FundingShare(FundingLevel level, BigDecimal weight) {

    /** The ratios a contract is funded by; checked whenever they are set. */
    public static List<FundingShare> require(List<FundingShare> shares) {
        if (shares == null || shares.isEmpty()) {
            throw new UnprocessableRequest("fundingShares", "name at least one level of government and its share");
        }
        if (shares.stream().anyMatch(s -> s == null || s.level() == null)) {
            throw new UnprocessableRequest("fundingShares.level", "every share names its level of government");
        }
        if (new HashSet<>(shares.stream().map(FundingShare::level).toList()).size() != shares.size()) {
            throw new UnprocessableRequest("fundingShares.level", "each level of government appears once");
        }
        if (shares.stream().anyMatch(s -> s.weight() == null || s.weight().signum() <= 0
                || s.weight().stripTrailingZeros().scale() > 4 || s.weight().compareTo(new BigDecimal("1000000")) >= 0)) {
            throw new UnprocessableRequest("fundingShares.weight",
                    "every weight is positive, below 1,000,000 and has at most four decimals (8.5 : 0.5 : 1)");
        }
        return List.copyOf(shares);
    }

    /** Splits {@code amount} by these shares, in their order, with no cent lost. */
    public static List<Money> split(Money amount, List<FundingShare> shares) {
        return ProportionalSplit.split(amount, shares.stream().map(FundingShare::weight).toList());
    }
}
