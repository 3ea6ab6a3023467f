package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govbuy.platform.error.UnprocessableRequest;

/**
 * One installment of a payment schedule as agreed: a share of the contract amount (percent) or an
 * amount, and its trigger ({@code milestone} names the milestone for MILESTONE_ACCEPTED).
 */
public record InstallmentTerms(InstallmentTrigger trigger, BigDecimal share, BigDecimal amount, Integer milestone) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** One installment with its amount worked out. */
    public record Scheduled(int number, InstallmentTrigger trigger, BigDecimal share, Money amount, Integer milestone) {
    }

    /**
     * The schedule for a contract of {@code contractAmount}: all installments give shares that sum
     * to exactly 100 % (amounts then split with no cent lost), or all give amounts that sum to the
     * contract amount to the cent. Refused with the rule otherwise.
     */
    public static List<Scheduled> schedule(List<InstallmentTerms> terms, Money contractAmount, Set<Integer> milestones) {
        if (terms == null || terms.isEmpty()) {
            throw new UnprocessableRequest("installments", "a payment schedule has at least one installment");
        }
        for (int i = 0; i < terms.size(); i++) {
            requireSound(terms.get(i), "installments[" + i + "]", milestones);
        }
        boolean byShare = terms.get(0).share() != null;
        if (terms.stream().anyMatch(t -> (t.share() != null) != byShare)) {
            throw new UnprocessableRequest("installments", "installments all give a share or all give an amount");
        }
        List<Money> amounts = byShare ? byShares(terms, contractAmount) : byAmounts(terms, contractAmount);
        List<Scheduled> scheduled = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            InstallmentTerms t = terms.get(i);
            scheduled.add(new Scheduled(i + 1, t.trigger(), t.share(), amounts.get(i), t.milestone()));
        }
        return scheduled;
    }

    private static void requireSound(InstallmentTerms t, String field, Set<Integer> milestones) {
        if (t == null || t.trigger() == null) {
            throw new UnprocessableRequest(field + ".trigger", "every installment names its trigger");
        }
        if ((t.share() == null) == (t.amount() == null)) {
            throw new UnprocessableRequest(field, "an installment gives either a share or an amount, not both");
        }
        if (t.share() != null && (t.share().signum() <= 0 || t.share().compareTo(HUNDRED) > 0
                || t.share().stripTrailingZeros().scale() > 4)) {
            throw new UnprocessableRequest(field + ".share", "a share is a percentage above 0 and at most 100, with at most four decimals");
        }
        if (t.amount() != null && (Money.problemWith(t.amount()) != null || t.amount().signum() == 0)) {
            throw new UnprocessableRequest(field + ".amount", "an amount is positive, in CNY with at most two decimals");
        }
        boolean milestoneTrigger = t.trigger() == InstallmentTrigger.MILESTONE_ACCEPTED;
        if (milestoneTrigger && (t.milestone() == null || !milestones.contains(t.milestone()))) {
            throw new UnprocessableRequest(field + ".milestone", "a milestone installment names one of the contract's milestones");
        }
        if (!milestoneTrigger && t.milestone() != null) {
            throw new UnprocessableRequest(field + ".milestone", "only a MILESTONE_ACCEPTED installment names a milestone");
        }
    }

    private static List<Money> byShares(List<InstallmentTerms> terms, Money contractAmount) {
        BigDecimal total = terms.stream().map(InstallmentTerms::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw new UnprocessableRequest("installments.share", "the shares sum to exactly 100 % (they sum to "
                    + total.stripTrailingZeros().toPlainString() + " %)");
        }
        return ProportionalSplit.split(contractAmount, terms.stream().map(InstallmentTerms::share).toList());
    }

    private static List<Money> byAmounts(List<InstallmentTerms> terms, Money contractAmount) {
        List<Money> amounts = terms.stream().map(t -> new Money(t.amount())).toList();
        Money total = amounts.stream().reduce(Money.ZERO, Money::plus);
        if (total.compareTo(contractAmount) != 0) {
            throw new UnprocessableRequest("installments.amount", "the amounts sum to the contract amount "
                    + contractAmount + " to the cent (they sum to " + total + ")");
        }
        return amounts;
    }
}
