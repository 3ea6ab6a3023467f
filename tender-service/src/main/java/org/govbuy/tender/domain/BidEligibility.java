package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * "May this supplier bid on this tender on this day, and why not" (seed 000 §五, 003 §三.6), read
 * from tender-service's projection of credit-service's standing: every condition is checked and every
 * failed one reported. The verdict keeps the facts it was decided on, as evidence.
 */
public final class BidEligibility {

    public enum Condition {
        REGISTERED_AND_ACTIVE, NOT_DEBARRED, NOT_ON_ABNORMAL_LIST, ANNUAL_INSPECTION_PASSED,
        NO_MAJOR_VIOLATION_IN_LOOK_BACK, TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING, ORGANISATION_TYPE_ADMITTED,
        MINIMUM_RATING_HELD
    }

    public record Failed(Condition condition, String detail) {
    }

    /** The projection's facts as they were when the verdict was given (credit event id and sequence included). */
    public record Facts(String uscc, String name, String organisationType, String status, String ratingLevel,
            LocalDate ratingValidUntil, String creditLevel, BigDecimal creditScore, LocalDate debarredFrom,
            LocalDate debarredUntil, boolean abnormalListed, Integer latestInspectionYear,
            String latestInspectionResult, boolean taxInGoodStanding, LocalDate taxStandingUntil,
            boolean socialInsuranceInGoodStanding, LocalDate socialInsuranceStandingUntil,
            LocalDate lastMajorViolationOn, String creditEventId, Long creditEventSequence) {

        static Facts of(SupplierProjection s) {
            return new Facts(s.uscc, s.name, s.organisationType, s.status, s.ratingLevel, s.ratingValidUntil,
                    s.creditLevel, s.creditScore, s.debarredFrom, s.debarredUntil, s.abnormalListed,
                    s.latestInspectionYear, s.latestInspectionResult, s.taxInGoodStanding, s.taxStandingUntil,
                    s.socialInsuranceInGoodStanding, s.socialInsuranceStandingUntil, s.lastMajorViolationOn,
                    s.lastEventId, s.lastSequence);
        }
    }

    /** One supplier's verdict on a day, with the facts it rests on (null when the supplier is unknown). */
    public record Verdict(String uscc, LocalDate day, boolean eligible, List<Failed> failed, Facts facts) {

        public List<String> reasons() {
            return failed.stream().map(f -> f.condition() + ": " + f.detail()).toList();
        }
    }

    private BidEligibility() {
    }

    /**
     * The general conditions on {@code day}, the major-violation look-back ending at the bid
     * deadline's day, and the tender's own requirements.
     */
    public static Verdict of(String uscc, SupplierProjection s, LocalDate day, LocalDate deadlineDay,
            TenderTerms.BidderRequirements requirements, TenderRules rules) {
        if (s == null) {
            return new Verdict(uscc, day, false, List.of(new Failed(Condition.REGISTERED_AND_ACTIVE,
                    "not registered with credit-service (unknown to the supplier register)")), null);
        }
        List<Failed> failed = new ArrayList<>();
        if (!"ACTIVE".equals(s.status)) {
            failed.add(new Failed(Condition.REGISTERED_AND_ACTIVE, "status " + s.status));
        }
        if (s.debarredOn(day)) {
            failed.add(new Failed(Condition.NOT_DEBARRED, "debarred from " + s.debarredFrom + " until " + s.debarredUntil));
        }
        if (s.abnormalListed) {
            failed.add(new Failed(Condition.NOT_ON_ABNORMAL_LIST, "on the abnormal list (活动异常名录)"));
        }
        SupplierKind kind = SupplierKind.of(s.organisationType);
        if (kind != null && kind.hasAnnualInspection()) {
            inspectionProblem(s, day, rules.inspectionSeasonEnds()).ifPresent(
                    d -> failed.add(new Failed(Condition.ANNUAL_INSPECTION_PASSED, d)));
        }
        LocalDate lookBackStart = deadlineDay.minus(rules.majorViolationLookBack());
        if (s.lastMajorViolationOn != null && !s.lastMajorViolationOn.isBefore(lookBackStart)
                && !s.lastMajorViolationOn.isAfter(deadlineDay)) {
            failed.add(new Failed(Condition.NO_MAJOR_VIOLATION_IN_LOOK_BACK, "major violation on "
                    + s.lastMajorViolationOn + ", within the look-back from " + lookBackStart + " to the deadline day "
                    + deadlineDay));
        }
        List<String> payments = new ArrayList<>();
        paymentProblem("tax", s.taxInGoodStanding, s.taxStandingUntil, day).ifPresent(payments::add);
        paymentProblem("social insurance", s.socialInsuranceInGoodStanding, s.socialInsuranceStandingUntil, day)
                .ifPresent(payments::add);
        if (!payments.isEmpty()) {
            failed.add(new Failed(Condition.TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING, String.join("; ", payments)));
        }
        if (!requirements.admittedTypes().isEmpty() && (kind == null || !requirements.admittedTypes().contains(kind))) {
            failed.add(new Failed(Condition.ORGANISATION_TYPE_ADMITTED, s.organisationType + " is not among "
                    + TenderTerms.sorted(requirements.admittedTypes())));
        }
        Rating held = s.ratingValidUntil != null && !day.isBefore(s.ratingValidUntil) ? Rating.NONE : Rating.of(s.ratingLevel);
        if (requirements.minimumRating() != null && !held.atLeast(requirements.minimumRating())) {
            failed.add(new Failed(Condition.MINIMUM_RATING_HELD, "holds " + held.label() + " on " + day + ", "
                    + requirements.minimumRating().label() + " or above required"));
        }
        return new Verdict(uscc, day, failed.isEmpty(), List.copyOf(failed), Facts.of(s));
    }

    /** Good standing needs evidence that still counts on the day; without it the standing is unknown. */
    private static java.util.Optional<String> paymentProblem(String what, boolean good, LocalDate until, LocalDate day) {
        if (!good) {
            return java.util.Optional.of(what + " not in good standing (arrears or no recent evidence)");
        }
        if (until != null && !day.isBefore(until)) {
            return java.util.Optional.of(what + " standing unknown from " + until + " (evidence too old)");
        }
        return java.util.Optional.empty();
    }

    /**
     * Inspections run in the first half of a year for the year before: after the season the previous
     * year's result is required, before it the year before that; a failed latest result disqualifies.
     */
    static java.util.Optional<String> inspectionProblem(SupplierProjection s, LocalDate day, MonthDay seasonEnds) {
        if ("FAILED".equals(s.latestInspectionResult)) {
            return java.util.Optional.of("annual inspection " + s.latestInspectionYear + " failed");
        }
        int requiredYear = MonthDay.from(day).isAfter(seasonEnds) ? day.getYear() - 1 : day.getYear() - 2;
        if (s.establishedOn != null && s.establishedOn.getYear() > requiredYear) {
            return java.util.Optional.empty();
        }
        if (s.latestInspectionYear == null || s.latestInspectionYear < requiredYear) {
            return java.util.Optional.of("no annual inspection result for " + requiredYear);
        }
        return java.util.Optional.empty();
    }
}
