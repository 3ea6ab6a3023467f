package org.govbuy.credit.messaging;

import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of {@code govbuy.credit.supplier.registered.v1} (schema: docs/events/credit-events.yaml).
 * Carries the supplier's full public state so consumers need no call back.
 */
public record SupplierRegisteredV1(String uscc, String name, OrganisationType organisationType,
        String registrationAuthority, LocalDate establishedOn, String region, SupplierStatus status,
        Instant registeredAt, CreditLevel creditLevel, java.math.BigDecimal creditScore) {

    public static final String TYPE = "govbuy.credit.supplier.registered.v1";

    public static SupplierRegisteredV1 of(Supplier supplier) {
        return new SupplierRegisteredV1(supplier.uscc, supplier.name, supplier.organisationType,
                supplier.registrationAuthority, supplier.establishedOn, supplier.region, supplier.status,
                supplier.registeredAt, supplier.creditLevel, supplier.creditScore);
    }
}
