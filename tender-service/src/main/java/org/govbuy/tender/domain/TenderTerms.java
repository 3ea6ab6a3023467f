package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the announcement (采购公告) states beyond the lots: the service, its period, who may bid
 * (admitted organisation types, a minimum rating, other requirements in words), how bids are
 * judged, the payment terms and performance standards the contract will take over, and the times:
 * clarification cut-off, bid deadline and opening.
 */
public record TenderTerms(String title, String content, BigDecimal quantity, String unit, LocalDate serviceStartsOn,
        LocalDate serviceEndsOn, Set<SupplierKind> admittedTypes, Rating minimumRating, String otherRequirements,
        EvaluationMethod evaluation, String paymentTerms, String performanceStandards, Instant bidDeadline,
        Instant openingAt, boolean consortiumAllowed, boolean stableService, AbandonmentRule onAbandonment) {

    /**
     * What happens to a lot when its winner declines the award (弃标), stated in the announcement:
     * the next-ranked bidder is recommended instead, or the lot fails.
     */
    public enum AbandonmentRule {
        NEXT_RANKED, FAIL
    }

    public TenderTerms {
        admittedTypes = admittedTypes == null ? Set.of() : Set.copyOf(admittedTypes);
        onAbandonment = onAbandonment == null ? AbandonmentRule.NEXT_RANKED : onAbandonment;
    }

    /** The tender's own requirements on a bidder, beyond the general eligibility conditions. */
    public BidderRequirements requirements() {
        return new BidderRequirements(admittedTypes, minimumRating);
    }

    public record BidderRequirements(Set<SupplierKind> admittedTypes, Rating minimumRating) {
    }

    static List<String> sorted(Set<SupplierKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().toList();
    }
}
