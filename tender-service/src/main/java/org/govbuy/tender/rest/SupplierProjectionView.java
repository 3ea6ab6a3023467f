package org.govbuy.tender.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.govbuy.tender.domain.SupplierProjection;

/** What tender-service knows about a supplier, read-only. */
public record SupplierProjectionView(String uscc, String name, String organisationType, LocalDate establishedOn,
        String region, String status, Instant registeredAt, Instant updatedAt) {

    static SupplierProjectionView of(SupplierProjection supplier) {
        return new SupplierProjectionView(supplier.uscc, supplier.name, supplier.organisationType,
                supplier.establishedOn, supplier.region, supplier.status, supplier.registeredAt, supplier.updatedAt);
    }
}
