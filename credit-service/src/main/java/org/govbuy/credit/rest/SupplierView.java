package org.govbuy.credit.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierStatus;

/** The full supplier record, for authenticated callers. */
public record SupplierView(String uscc, String name, OrganisationType organisationType, String registrationAuthority,
        LocalDate establishedOn, String region, SupplierStatus status, Instant registeredAt, String registeredBy,
        RatingLevel ratingLevel, LocalDate ratedOn, String ratingAuthority, CreditLevel creditLevel,
        BigDecimal creditScore, LocalDate deregisteredOn, String deregistrationReason, long version) {

    static SupplierView of(Supplier supplier) {
        return new SupplierView(supplier.uscc, supplier.name, supplier.organisationType,
                supplier.registrationAuthority, supplier.establishedOn, supplier.region, supplier.status,
                supplier.registeredAt, supplier.registeredBy, supplier.ratingLevel, supplier.ratedOn,
                supplier.ratingAuthority, supplier.creditLevel, supplier.creditScore, supplier.deregisteredOn,
                supplier.deregistrationReason, supplier.version);
    }
}
