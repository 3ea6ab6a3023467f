package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.credit.domain.AnnualInspection;
import org.govbuy.credit.domain.ComplianceKind;
import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.Eligibility.PaymentStanding;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.ComplianceRecord;
import org.govbuy.credit.domain.Debarment;
import org.govbuy.credit.domain.Eligibility;
import org.govbuy.credit.domain.Severity;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.messaging.SupplierStandingV1;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;

/** Records credit events in the outbox, each with the supplier's standing after the change. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StandingEvents {

    private final Outbox outbox;
    private final SupplierFacts facts;

    private final CreditPolicy policy;

    StandingEvents(Outbox outbox, SupplierFacts facts, CreditPolicy policy) {
        this.outbox = outbox;
        this.facts = facts;
        this.policy = policy;
    }

    /**
     * Builds the payload from the current standing and records it under {@code type}. Refuses a
     * supplier that the use case did not lock ({@link SupplierFacts#lockForChange}): a standing
     * computed without the lock can miss a concurrent change and overwrite it downstream.
     */
    public void publish(String type, Supplier supplier, Function<SupplierStandingV1, Object> payload) {
        if (!facts.isLockedForChange(supplier.uscc)) {
            throw new IllegalStateException("supplier " + supplier.uscc + " must be locked (SupplierFacts.lockForChange)"
                    + " before its standing is announced");
        }
        outbox.record(new DomainEvent(type, supplier.uscc, supplier.region, payload.apply(standingOf(supplier))));
    }

    public SupplierStandingV1 standingOf(Supplier supplier) {
        LocalDate today = facts.today();
        Eligibility.Facts known = facts.of(supplier.uscc);
        Optional<Debarment> debarment = known.debarments().stream()
                .filter(d -> today.isBefore(d.effectiveEnd()))
                .min(Comparator.comparing(d -> d.startsOn));
        Optional<AnnualInspection> inspection = known.inspections().stream()
                .max(Comparator.comparingInt(i -> i.year));
        LocalDate lastMajor = known.records().stream()
                .filter(r -> r.status.counts() && !r.positive && r.severity == Severity.MAJOR)
                .map(r -> r.occurredOn).max(Comparator.naturalOrder()).orElse(null);
        RatingLevel rating = policy.ratingOn(supplier.ratingLevel, supplier.ratedOn, today);
        boolean arrearsRecord = !Eligibility.arrearsInForce(known.records(), today).isEmpty();
        PaymentStanding tax = Eligibility.paymentStanding(ComplianceKind.TAX, known.compliance(), today,
                policy.evidenceMaxAge());
        PaymentStanding socialInsurance = Eligibility.paymentStanding(ComplianceKind.SOCIAL_INSURANCE,
                known.compliance(), today, policy.evidenceMaxAge());
        return new SupplierStandingV1(supplier.uscc, supplier.name, supplier.organisationType, supplier.region,
                supplier.establishedOn, supplier.status, rating, supplier.creditLevel,
                supplier.creditScore, supplier.policyVersion,
                debarment.map(d -> d.startsOn).orElse(null), debarment.map(Debarment::effectiveEnd).orElse(null),
                known.listings().stream().anyMatch(l -> l.activeOn(today)),
                inspection.map(i -> i.year).orElse(null), inspection.map(i -> i.result).orElse(null),
                tax == PaymentStanding.GOOD && !arrearsRecord,
                socialInsurance == PaymentStanding.GOOD && !arrearsRecord, lastMajor,
                supplier.ratedOn == null || rating == RatingLevel.NONE ? null
                        : supplier.ratedOn.plus(policy.ratingValidity()),
                rating.atLeast(policy.priorityRating()), tax, evidenceUntil(known, ComplianceKind.TAX),
                socialInsurance, evidenceUntil(known, ComplianceKind.SOCIAL_INSURANCE));
    }

    /** The first day the latest evidence of {@code kind} no longer counts. */
    private LocalDate evidenceUntil(Eligibility.Facts known, ComplianceKind kind) {
        return known.compliance().stream().filter(c -> c.kind == kind)
                .max(Comparator.comparing((ComplianceRecord c) -> c.asOf).thenComparing(c -> c.recordedAt))
                .map(c -> c.asOf.plus(policy.evidenceMaxAge())).orElse(null);
    }
}
