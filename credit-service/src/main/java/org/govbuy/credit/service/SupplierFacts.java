package org.govbuy.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
    private final LockedSuppliers locked;

    SupplierFacts(Clock clock, CalendarConfig calendar, LockedSuppliers locked) {
        this.clock = clock;
        this.calendar = calendar;
        this.locked = locked;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    /** The deployment's zone: the day something happened is its date there. */
    public java.time.ZoneId zone() {
        return calendar.zone();
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public Supplier require(String uscc) {
        return Supplier.<Supplier>findByIdOptional(uscc)
                .orElseThrow(() -> new NotFoundProblem("no supplier with unified social credit code " + uscc));
    }

    /**
     * The supplier, locked until the transaction ends. Every use case that changes a supplier's
     * standing and announces it locks the supplier first, before it reads anything it decides on:
     * two such changes then run one after the other, each announcing a standing that includes the
     * other's, and their events carry sequence numbers in commit order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Supplier lockForChange(String uscc) {
        Supplier supplier = Supplier.<Supplier>findByIdOptional(uscc, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundProblem("no supplier with unified social credit code " + uscc));
        locked.add(uscc);
        return supplier;
    }

    /** Whether this transaction locked the supplier for change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isLockedForChange(String uscc) {
        return locked.contains(uscc);
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
        return AbnormalListing.list("uscc = ?1 order by hearing.notifiedOn nulls first, listedOn", uscc);
    }
}
