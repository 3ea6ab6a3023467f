package org.govbuy.credit.messaging;

import org.govbuy.credit.domain.Eligibility.PaymentStanding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.InspectionResult;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.SupplierStatus;

/**
 * The supplier's standing after the change an event announces, carried by every credit event so
 * a consumer can keep a complete projection (event-carried state transfer) and decide eligibility
 * without calling credit-service: all conditions of the eligibility query can be evaluated from it.
 *
 * @param debarredFrom/debarredUntil  the debarment in force or next, if any (until = first free day)
 * @param lastMajorViolationOn        latest major violation in force, for the look-back rule
 * @param ratingLevel                 the rating held today (NONE once its validity ran out)
 * @param ratingValidUntil            the first day the rating no longer holds
 * @param ratingPriority              rated at or above the policy's priority rating (3A): tender
 *                                    scoring may give it the priority the seeds allow
 * @param taxInGoodStanding           true only when recent evidence shows no arrears (unknown is false)
 * @param taxStanding                 GOOD, ARREARS or UNKNOWN (no evidence, or too old), until
 *                                    {@code taxStandingUntil}, when the evidence ages out
 */
public record SupplierStandingV1(String uscc, String name, OrganisationType organisationType, String region,
        LocalDate establishedOn, SupplierStatus status, RatingLevel ratingLevel, CreditLevel creditLevel,
        BigDecimal creditScore, String policyVersion, LocalDate debarredFrom, LocalDate debarredUntil,
        boolean abnormalListed, Integer latestInspectionYear, InspectionResult latestInspectionResult,
        boolean taxInGoodStanding, boolean socialInsuranceInGoodStanding, LocalDate lastMajorViolationOn,
        LocalDate ratingValidUntil, boolean ratingPriority, PaymentStanding taxStanding, LocalDate taxStandingUntil,
        PaymentStanding socialInsuranceStanding, LocalDate socialInsuranceStandingUntil) {
}
