package org.govbuy.credit.rest;

import java.time.LocalDate;

import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierStatus;

/** What anyone may read of a supplier (公开): no audit fields, nothing internal. */
public record PublicSupplierView(String uscc, String name, OrganisationType organisationType,
        String registrationAuthority, LocalDate establishedOn, String region, SupplierStatus status) {

    static PublicSupplierView of(Supplier supplier) {
        return new PublicSupplierView(supplier.uscc, supplier.name, supplier.organisationType,
                supplier.registrationAuthority, supplier.establishedOn, supplier.region, supplier.status);
    }
}
