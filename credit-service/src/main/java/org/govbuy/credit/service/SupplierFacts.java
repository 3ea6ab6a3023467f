package org.govbuy.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.credit.domain.AbnormalListing;
import org.govbuy.credit.domain.AnnualInspection;
import org.govbuy.credit.domain.ComplianceRecord;
import org.govbuy.credit.domain.CreditRecord;
import org.govbuy.credit.domain.Debarment;
import org.govbuy.credit.domain.Eligibility;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.time.CalendarConfig;

/** Loads everything known about a supplier's conduct, and tells "today" in the deployment's zone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierFacts {

    private final Clock clock;
    private final CalendarConfig calendar;

    SupplierFacts(Clock clock, CalendarConfig calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public Supplier require(String uscc) {
        return Supplier.<Supplier>findByIdOptional(uscc)
                .orElseThrow(() -> new NotFoundProblem("no supplier with unified social credit code " + uscc));
    }

    public Optional<Supplier> find(String uscc) {
        return Supplier.findByIdOptional(uscc);
    }

    public Eligibility.Facts of(String uscc) {
        return new Eligibility.Facts(Supplier.findById(uscc), debarments(uscc), listings(uscc),
                AnnualInspection.list("uscc", uscc), ComplianceRecord.list("uscc", uscc), records(uscc));
    }

    public List<CreditRecord> records(String uscc) {
        return CreditRecord.list("uscc = ?1 order by occurredOn, id", uscc);
    }

    public List<Debarment> debarments(String uscc) {
        return Debarment.list("uscc = ?1 order by startsOn", uscc);
    }

    public List<AbnormalListing> listings(String uscc) {
        return AbnormalListing.list("uscc = ?1 order by listedOn", uscc);
    }
}
