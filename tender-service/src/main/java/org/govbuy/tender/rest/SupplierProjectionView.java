package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.govbuy.tender.domain.SupplierProjection;

/** What tender-service knows about a supplier, read-only: identity and credit standing. */
public record SupplierProjectionView(String uscc, String name, String organisationType, LocalDate establishedOn,
        String region, String status, String ratingLevel, String creditLevel, BigDecimal creditScore,
        LocalDate debarredFrom, LocalDate debarredUntil, boolean abnormalListed, Integer latestInspectionYear,
        String latestInspectionResult, boolean taxInGoodStanding, boolean socialInsuranceInGoodStanding,
        LocalDate lastMajorViolationOn, LocalDate ratingValidUntil, LocalDate taxStandingUntil,
        LocalDate socialInsuranceStandingUntil, Instant registeredAt, Instant updatedAt) {

    static SupplierProjectionView of(SupplierProjection s) {
        return new SupplierProjectionView(s.uscc, s.name, s.organisationType, s.establishedOn, s.region, s.status,
                s.ratingLevel, s.creditLevel, s.creditScore, s.debarredFrom, s.debarredUntil, s.abnormalListed,
                s.latestInspectionYear, s.latestInspectionResult, s.taxInGoodStanding, s.socialInsuranceInGoodStanding,
                s.lastMajorViolationOn, s.ratingValidUntil, s.taxStandingUntil, s.socialInsuranceStandingUntil, s.registeredAt,
                s.updatedAt);
    }
}
