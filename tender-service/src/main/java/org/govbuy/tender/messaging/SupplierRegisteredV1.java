package org.govbuy.tender.messaging;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * tender-service's copy of the shape of {@code govbuy.credit.supplier.registered.v1} it reads
 * (schema of record: docs/events/credit-events.yaml). Unknown fields are ignored: producers may add
 * fields within a version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupplierRegisteredV1(String uscc, String name, String organisationType, LocalDate establishedOn,
        String region, String status, Instant registeredAt, String creditLevel, java.math.BigDecimal creditScore) {

    public static final String TYPE = "govbuy.credit.supplier.registered.v1";

    /** Null when complete; otherwise the first missing field. */
    public String missingField() {
        if (uscc == null || uscc.isBlank()) {
            return "uscc";
        }
        if (name == null || name.isBlank()) {
            return "name";
        }
        if (organisationType == null) {
            return "organisationType";
        }
        if (region == null) {
            return "region";
        }
        if (status == null) {
            return "status";
        }
        return registeredAt == null ? "registeredAt" : null;
    }
}
