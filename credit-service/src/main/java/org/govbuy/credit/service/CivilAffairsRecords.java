package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.credit.domain.AnnualInspection;
import org.govbuy.credit.domain.ComplianceKind;
import org.govbuy.credit.domain.ComplianceRecord;
import org.govbuy.credit.domain.InspectionResult;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierChange;
import org.govbuy.credit.messaging.CreditEventsV1.RatingChangedV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierUpdatedV1;
import org.govbuy.platform.error.DomainRuleViolation;

/**
 * What civil affairs and the tax and social-insurance authorities report about a supplier besides
 * its register entry: its rating (等级评估), annual inspections (年检) and payment standing.
 */
@ApplicationScoped
@Transactional
public class CivilAffairsRecords {

    private final SupplierFacts facts;
    private final StandingEvents events;

    CivilAffairsRecords(SupplierFacts facts, StandingEvents events) {
        this.facts = facts;
        this.events = events;
    }

    public Supplier rate(String uscc, RatingLevel level, LocalDate ratedOn, String authority, String by) {
        Supplier supplier = facts.lockForChange(uscc);
        RatingLevel previous = supplier.ratingLevel;
        SupplierChange change = supplier.rate(level, ratedOn, authority, by, facts.now(), facts.today());
        if (change != null) {
            change.persist();
            events.publish(RatingChangedV1.TYPE, supplier, standing -> new RatingChangedV1(uscc, previous, level,
                    ratedOn, authority, standing));
        }
        return supplier;
    }

    /**
     * Records (or corrects) the inspection result of one year, concluded on {@code concludedOn}
     * (today when null): after the year inspected and not after today.
     */
    public AnnualInspection recordInspection(String uscc, int year, InspectionResult result, LocalDate concludedOn,
            String by) {
        Supplier supplier = facts.lockForChange(uscc);
        if (!supplier.organisationType.hasAnnualInspection()) {
            throw new DomainRuleViolation("uscc", "is an " + supplier.organisationType + ": civil affairs inspects "
                    + "social organisations only; record its annual report as compliance ANNUAL_REPORT");
        }
        int currentYear = facts.today().getYear();
        if (year < supplier.establishedOn.getYear() || year >= currentYear) {
            throw new DomainRuleViolation("year", "must be a past year since the supplier was established ("
                    + supplier.establishedOn.getYear() + "-" + (currentYear - 1) + ")");
        }
        LocalDate concluded = concludedOn != null ? concludedOn : facts.today();
        if (concluded.getYear() <= year || concluded.isAfter(facts.today())) {
            throw new DomainRuleViolation("concludedOn", "must be after " + year + " and not after today ("
                    + facts.today() + ")");
        }
        AnnualInspection inspection = AnnualInspection.<AnnualInspection>findByIdOptional(
                new AnnualInspection.Key(uscc, year)).orElseGet(AnnualInspection::new);
        inspection.uscc = uscc;
        inspection.year = year;
        inspection.result = result;
        inspection.concludedOn = concluded;
        inspection.recordedAt = facts.now();
        inspection.recordedBy = by;
        inspection.persist();
        events.publish(SupplierUpdatedV1.TYPE, supplier,
                standing -> new SupplierUpdatedV1(uscc, List.of("annualInspection"), standing));
        return inspection;
    }

    public ComplianceRecord recordCompliance(String uscc, ComplianceKind kind, boolean inGoodStanding, LocalDate asOf,
            String evidenceReference, String by) {
        Supplier supplier = facts.lockForChange(uscc);
        if (asOf.isAfter(facts.today())) {
            throw new DomainRuleViolation("asOf", "must not be after today (" + facts.today() + ")");
        }
        ComplianceRecord record = new ComplianceRecord();
        record.id = UUID.randomUUID();
        record.uscc = uscc;
        record.kind = kind;
        record.inGoodStanding = inGoodStanding;
        record.asOf = asOf;
        record.evidenceReference = evidenceReference;
        record.recordedAt = facts.now();
        record.recordedBy = by;
        record.persist();
        events.publish(SupplierUpdatedV1.TYPE, supplier,
                standing -> new SupplierUpdatedV1(uscc, List.of(switch (kind) {
                    case TAX -> "tax";
                    case SOCIAL_INSURANCE -> "socialInsurance";
                    case ANNUAL_REPORT -> "annualReport";
                }),
                        standing));
        return record;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnnualInspection> inspectionsOf(String uscc) {
        return AnnualInspection.list("uscc = ?1 order by year", uscc);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplianceRecord> complianceOf(String uscc) {
        return ComplianceRecord.list("uscc = ?1 order by asOf", uscc);
    }
}
