package org.govbuy.credit.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierStatus;

/**
 * The supplier record as the caller may see it ({@link SupplierVisibility}); a field the caller
 * may not see is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierView(String uscc, String name, OrganisationType organisationType, String registrationAuthority,
        LocalDate establishedOn, String region, SupplierStatus status, Instant registeredAt, String registeredBy,
        RatingLevel ratingLevel, LocalDate ratedOn, String ratingAuthority, CreditLevel creditLevel,
        BigDecimal creditScore, LocalDate deregisteredOn, String deregistrationReason, Long version) {

    /** Everything: for the registrar, and for the answers to its own writes. */
    static SupplierView of(Supplier supplier) {
        return of(supplier, SupplierVisibility.REGISTRAR);
    }

    static SupplierView of(Supplier supplier, SupplierVisibility visibility) {
        boolean concerned = visibility.atLeast(SupplierVisibility.CONCERNED);
        boolean registrar = visibility.atLeast(SupplierVisibility.REGISTRAR);
        return new SupplierView(supplier.uscc, supplier.name, supplier.organisationType,
                supplier.registrationAuthority, supplier.establishedOn, supplier.region, supplier.status,
                concerned ? supplier.registeredAt : null, registrar ? supplier.registeredBy : null,
                supplier.ratingLevel, supplier.ratedOn, supplier.ratingAuthority, supplier.creditLevel,
                concerned ? supplier.creditScore : null, supplier.deregisteredOn,
                concerned ? supplier.deregistrationReason : null, concerned ? supplier.version : null);
    }
}
