package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.credit.domain.AnnualInspection;
import org.govbuy.credit.domain.ComplianceKind;
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

    StandingEvents(Outbox outbox, SupplierFacts facts) {
        this.outbox = outbox;
        this.facts = facts;
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
        return new SupplierStandingV1(supplier.uscc, supplier.name, supplier.organisationType, supplier.region,
                supplier.establishedOn, supplier.status, supplier.ratingLevel, supplier.creditLevel,
                supplier.creditScore, supplier.policyVersion,
                debarment.map(d -> d.startsOn).orElse(null), debarment.map(Debarment::effectiveEnd).orElse(null),
                known.listings().stream().anyMatch(l -> l.activeOn(today)),
                inspection.map(i -> i.year).orElse(null), inspection.map(i -> i.result).orElse(null),
                inGoodStanding(known, ComplianceKind.TAX), inGoodStanding(known, ComplianceKind.SOCIAL_INSURANCE),
                lastMajor);
    }

    private static boolean inGoodStanding(Eligibility.Facts known, ComplianceKind kind) {
        return known.compliance().stream().filter(c -> c.kind == kind)
                .max(Comparator.comparing((ComplianceRecord c) -> c.asOf).thenComparing(c -> c.recordedAt))
                .map(c -> c.inGoodStanding).orElse(true);
    }
}
