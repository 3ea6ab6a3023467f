package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A supplier on the blacklist (失信名单) for a period: barred from competing from {@code startsOn}
 * until the day before {@code endsOn}. It may extend to named affiliates ({@code affiliateOf} names
 * the supplier whose record caused it). It ends on its own at {@code endsOn}, or earlier by a
 * reinstatement decision with a reason.
 */
@Entity
@Table(name = "debarment")
public class Debarment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "affiliate_of", length = 18)
    public String affiliateOf;

    @Column(name = "reinstated_on")
    public LocalDate reinstatedOn;

    @Column(name = "reinstatement_reason", length = 1000)
    public String reinstatementReason;

    @Column(name = "reinstated_by", length = 100)
    public String reinstatedBy;

    /** Set once the end has been announced (event), so it is announced exactly once. */
    @Column(name = "end_announced_at")
    public Instant endAnnouncedAt;

    protected Debarment() {
    }

    /**
     * Debars the supplier of {@code record} from {@code from} (when the debarment takes effect)
     * until {@code period} after the record's decision date.
     */
    public static Debarment forRecord(CreditRecord record, LocalDate from, Period period) {
        Debarment debarment = create(record.uscc, from, Period.ZERO, describe(record), record.id, null);
        debarment.endsOn = record.decidedOn.plus(period);
        return debarment;
    }

    /** Extends a debarment to an affiliate of the debarred supplier, for the same days. */
    public static Debarment forAffiliate(Debarment principal, String affiliateUscc) {
        Debarment debarment = create(affiliateUscc, principal.startsOn, Period.ZERO,
                "affiliate of " + principal.uscc + ": " + principal.reason, principal.recordId, principal.uscc);
        debarment.endsOn = principal.endsOn;
        return debarment;
    }

    private static Debarment create(String uscc, LocalDate from, Period period, String reason, UUID recordId,
            String affiliateOf) {
        Debarment debarment = new Debarment();
        debarment.id = UUID.randomUUID();
        debarment.uscc = uscc;
        debarment.startsOn = from;
        debarment.endsOn = from.plus(period);
        debarment.reason = reason;
        debarment.recordId = recordId;
        debarment.affiliateOf = affiliateOf;
        return debarment;
    }

    private static String describe(CreditRecord record) {
        return record.severity + " " + record.kind + " on " + record.occurredOn;
    }

    /** The first day the supplier may compete again. */
    public LocalDate effectiveEnd() {
        return reinstatedOn != null && reinstatedOn.isBefore(endsOn) ? reinstatedOn : endsOn;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && day.isBefore(effectiveEnd());
    }

    /** Ends the debarment early by decision. */
    public void reinstate(String reason, String by, LocalDate on) {
        if (!activeOn(on)) {
            throw new IllegalTransitionException("debarment " + id + " is not in force on " + on);
        }
        if (reason == null || reason.isBlank()) {
            throw new org.govbuy.platform.error.DomainRuleViolation("reason", "must not be blank");
        }
        reinstatedOn = on;
        reinstatementReason = reason;
        reinstatedBy = by;
    }

    /** True once, when the debarment has ended (by date or decision) and the end was not yet announced. */
    public boolean announceEnd(LocalDate today, Instant now) {
        if (endAnnouncedAt != null || today.isBefore(effectiveEnd())) {
            return false;
        }
        endAnnouncedAt = now;
        return true;
    }
}
