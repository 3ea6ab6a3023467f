package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * An abnormally low price (报价明显低于其他投标人): a qualified bid priced below a share of the mean
 * qualified price must be justified in writing by its bidder within a set time. The committee asks
 * during its review, then accepts the justification or the bid is disqualified; a bid whose time
 * ran out unjustified is disqualified too. Scoring waits until every request is decided.
 */
@Entity
@Table(name = "price_justification")
public class PriceJustification extends PanacheEntityBase {

    /** The rule's parameters (configurable): the share of the mean (0.8) and the time to justify (24 hours). */
    public record Rule(BigDecimal share, Duration justificationPeriod) {

        /** share × the mean of the lot's qualified prices, to the cent. */
        public BigDecimal threshold(List<BigDecimal> qualifiedPrices) {
            BigDecimal sum = qualifiedPrices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.multiply(share).divide(BigDecimal.valueOf(qualifiedPrices.size()), 2, RoundingMode.HALF_UP);
        }
    }

    @Id
    @Column(name = "bid_id")
    public UUID bidId;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(name = "lot_no", nullable = false)
    public int lot;

    /** The price below which the bid had to justify itself. */
    @Column(nullable = false)
    public BigDecimal threshold;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    public String justification;

    @Column(name = "justified_at")
    public Instant justifiedAt;

    public Boolean accepted;

    public String decision;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Asks the bidder to justify a price below the threshold; refused (409) when it is not below. */
    public static PriceJustification request(Bid bid, List<BigDecimal> qualifiedPrices, Rule rule, String by, Instant now) {
        BigDecimal threshold = rule.threshold(qualifiedPrices);
        if (bid.openedPrice.amount().compareTo(threshold) >= 0) {
            throw new IllegalTransitionException("the price " + bid.openedPrice + " is not abnormally low: the threshold is "
                    + threshold.toPlainString() + " (" + rule.share().toPlainString() + " of the mean qualified price)");
        }
        PriceJustification j = new PriceJustification();
        j.bidId = bid.id;
        j.tenderId = bid.tenderId;
        j.lot = bid.lot;
        j.threshold = threshold;
        j.requestedBy = by;
        j.requestedAt = now;
        j.dueAt = now.plus(rule.justificationPeriod());
        return j;
    }

    /** The bidder's written justification, once, in time. */
    public void justify(String text, Instant now) {
        if (justification != null || accepted != null) {
            throw new IllegalTransitionException("the price was justified already");
        }
        if (!now.isBefore(dueAt)) {
            throw new IllegalTransitionException("the justification was due by " + dueAt);
        }
        justification = text;
        justifiedAt = now;
    }

    /**
     * The committee's decision: accepting needs a justification; rejecting is allowed once one is in
     * or the time has run out. Returns whether the bid is now to be disqualified.
     */
    public boolean decide(boolean accept, String reason, String by, Instant now) {
        if (accepted != null) {
            throw new IllegalTransitionException("the justification was decided already");
        }
        if (accept && justification == null) {
            throw new UnprocessableRequest("accepted", "there is no justification to accept");
        }
        if (!accept && justification == null && now.isBefore(dueAt)) {
            throw new IllegalTransitionException("the bidder has until " + dueAt + " to justify the price");
        }
        accepted = accept;
        decision = reason;
        decidedBy = by;
        decidedAt = now;
        return !accept;
    }

    public boolean pending() {
        return accepted == null;
    }
}
