package org.govbuy.tender.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * tender-service's copy of the {@code standing} that every credit event after registration
 * carries (schema of record: docs/events/credit-events.yaml).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupplierStandingV1(String uscc, String name, String organisationType, String region,
        LocalDate establishedOn, String status, String ratingLevel, String creditLevel, BigDecimal creditScore,
        String policyVersion, LocalDate debarredFrom, LocalDate debarredUntil, boolean abnormalListed,
        Integer latestInspectionYear, String latestInspectionResult, boolean taxInGoodStanding,
        boolean socialInsuranceInGoodStanding, LocalDate lastMajorViolationOn, LocalDate ratingValidUntil,
        LocalDate taxStandingUntil, LocalDate socialInsuranceStandingUntil) {

    /** Credit event types whose payload carries a standing. */
    public static final java.util.Set<String> CARRIED_BY = java.util.Set.of(
            "govbuy.credit.supplier.updated.v1", "govbuy.credit.supplier.deregistered.v1",
            "govbuy.credit.supplier.rating-changed.v1", "govbuy.credit.supplier.abnormal-listed.v1",
            "govbuy.credit.supplier.abnormal-cleared.v1", "govbuy.credit.credit-record.added.v1",
            "govbuy.credit.credit-record.corrected.v1", "govbuy.credit.credit-record.revoked.v1", "govbuy.credit.credit-level.changed.v1",
            "govbuy.credit.supplier.debarred.v1", "govbuy.credit.supplier.reinstated.v1",
            "govbuy.credit.supplier.debarment-proposed.v1", "govbuy.credit.supplier.abnormal-listing-proposed.v1",
            "govbuy.credit.disclosure.reminder-due.v1");

    /** The envelope shape: any payload with a standing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Carrier(SupplierStandingV1 standing) {
    }
}
