package org.govbuy.credit.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "May supplier X compete on date D, and why not" (seed 000 §五; 003 §三.6): every condition is
 * checked and every failed one reported, so a purchaser sees all reasons at once.
 */
public final class Eligibility {

    /** The conditions, in the order they are reported. */
    public enum Condition {
        REGISTERED_AND_ACTIVE,
        NOT_DEBARRED,
        NOT_ON_ABNORMAL_LIST,
        /** A social organisation's annual inspection (年检). */
        ANNUAL_INSPECTION_PASSED,
        /** An enterprise's or public institution's annual report filed (年度报告公示), in its stead. */
        ANNUAL_REPORT_FILED,
        NO_MAJOR_VIOLATION_IN_LOOK_BACK,
        TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING,
        /** A tender's requirement: one of the organisation types it admits. */
        ORGANISATION_TYPE_ADMITTED,
        /** A tender's requirement: at least this rating (e.g. 3A), held on the day. */
        MINIMUM_RATING_HELD
    }

    /** What a tender asks beyond the general conditions; empty sets and null mean no requirement. */
    public record Requirements(Set<OrganisationType> organisationTypes, RatingLevel minimumRating) {
        public static final Requirements NONE = new Requirements(Set.of(), null);

        public Requirements {
            organisationTypes = organisationTypes == null ? Set.of() : Set.copyOf(organisationTypes);
        }
    }

    public record FailedCondition(Condition condition, String detail) {
    }

    public record Verdict(boolean eligible, List<FailedCondition> failed) {
    }

    /** Everything credit-service knows that bears on eligibility. */
    public record Facts(Supplier supplier, Collection<Debarment> debarments, Collection<AbnormalListing> listings,
            Collection<AnnualInspection> inspections, Collection<ComplianceRecord> compliance,
            Collection<CreditRecord> records) {
    }

    private Eligibility() {
    }

    public static Verdict on(LocalDate day, Facts facts, CreditPolicy policy) {
        return on(day, facts, policy, Requirements.NONE);
    }

    /** The general conditions and then a tender's requirements, every failed one reported. */
    public static Verdict on(LocalDate day, Facts facts, CreditPolicy policy, Requirements requirements) {
        List<FailedCondition> failed = new ArrayList<>();
        Supplier supplier = facts.supplier();
        if (supplier == null || !supplier.isActive() || supplier.establishedOn.isAfter(day)) {
            failed.add(new FailedCondition(Condition.REGISTERED_AND_ACTIVE,
                    supplier == null ? "not registered" : supplier.isActive() ? "not yet established on " + day
                            : "deregistered on " + supplier.deregisteredOn));
        }
        facts.debarments().stream().filter(d -> d.activeOn(day)).findFirst().ifPresent(d -> failed.add(
                new FailedCondition(Condition.NOT_DEBARRED, "debarred until " + d.effectiveEnd() + ": " + d.reason)));
        facts.listings().stream().filter(l -> l.activeOn(day)).findFirst().ifPresent(l -> failed.add(
                new FailedCondition(Condition.NOT_ON_ABNORMAL_LIST, "abnormal-listed since " + l.listedOn + ": "
                        + l.reason)));
        if (supplier != null && supplier.organisationType.hasAnnualInspection()) {
            inspectionProblem(supplier, facts.inspections(), day, policy.inspectionSeasonEnds()).ifPresent(detail ->
                    failed.add(new FailedCondition(Condition.ANNUAL_INSPECTION_PASSED, detail)));
        } else if (supplier != null) {
            annualReportProblem(supplier, facts.compliance(), day, policy.inspectionSeasonEnds()).ifPresent(detail ->
                    failed.add(new FailedCondition(Condition.ANNUAL_REPORT_FILED, detail)));
        }
        LocalDate lookBackStart = day.minus(policy.majorViolationLookBack());
        facts.records().stream()
                .filter(r -> r.status.counts() && !r.positive && r.severity == Severity.MAJOR)
                .filter(r -> !r.occurredOn.isBefore(lookBackStart) && !r.occurredOn.isAfter(day))
                .max(Comparator.comparing(r -> r.occurredOn))
                .ifPresent(r -> failed.add(new FailedCondition(Condition.NO_MAJOR_VIOLATION_IN_LOOK_BACK,
                        "major " + r.kind + " on " + r.occurredOn + " (within " + policy.majorViolationLookBack()
                                + " before " + day + ")")));
        complianceProblem(facts.compliance(), facts.records(), day, policy.evidenceMaxAge()).ifPresent(detail -> failed.add(
                new FailedCondition(Condition.TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING, detail)));
        if (supplier != null) {
            requirementProblems(supplier, day, policy, requirements, failed);
        }
        return new Verdict(failed.isEmpty(), List.copyOf(failed));
    }

    private static void requirementProblems(Supplier supplier, LocalDate day, CreditPolicy policy,
            Requirements requirements, List<FailedCondition> failed) {
        if (!requirements.organisationTypes().isEmpty()
                && !requirements.organisationTypes().contains(supplier.organisationType)) {
            failed.add(new FailedCondition(Condition.ORGANISATION_TYPE_ADMITTED, supplier.organisationType
                    + " is not among " + new java.util.TreeSet<>(requirements.organisationTypes())));
        }
        RatingLevel held = policy.ratingOn(supplier.ratingLevel, supplier.ratedOn, day);
        if (requirements.minimumRating() != null && !held.atLeast(requirements.minimumRating())) {
            failed.add(new FailedCondition(Condition.MINIMUM_RATING_HELD, "holds " + held.label() + " on " + day
                    + ", " + requirements.minimumRating().label() + " or above required"));
        }
    }

    /**
     * Inspections run in the first half of a year for the year before. From the end of the season
     * the previous year's result is required, before it the year before that; an organisation
     * established after the required year has nothing to show yet.
     */
    static Optional<String> inspectionProblem(Supplier supplier, Collection<AnnualInspection> inspections,
            LocalDate day, MonthDay seasonEnds) {
        int requiredYear = MonthDay.from(day).isAfter(seasonEnds) ? day.getYear() - 1 : day.getYear() - 2;
        Optional<AnnualInspection> latest = inspections.stream().filter(i -> i.year <= day.getYear() - 1)
                .max(Comparator.comparingInt(i -> i.year));
        if (latest.isPresent() && !latest.get().result.counts()) {
            return Optional.of("annual inspection " + latest.get().year + " failed");
        }
        if (supplier.establishedOn.getYear() > requiredYear) {
            return Optional.empty();
        }
        if (latest.isEmpty() || latest.get().year < requiredYear) {
            return Optional.of("no annual inspection result for " + requiredYear);
        }
        return Optional.empty();
    }

    /**
     * An enterprise or public institution files last year's annual report in the first half of the
     * year, the same season as inspections: from its end, standing evidence dated after the report's
     * year is required; the latest evidence on or before the day decides.
     */
    static Optional<String> annualReportProblem(Supplier supplier, Collection<ComplianceRecord> compliance,
            LocalDate day, MonthDay seasonEnds) {
        int requiredYear = MonthDay.from(day).isAfter(seasonEnds) ? day.getYear() - 1 : day.getYear() - 2;
        Optional<ComplianceRecord> latest = compliance.stream()
                .filter(c -> c.kind == ComplianceKind.ANNUAL_REPORT && !c.asOf.isAfter(day))
                .max(Comparator.comparing((ComplianceRecord c) -> c.asOf).thenComparing(c -> c.recordedAt));
        if (latest.isPresent() && !latest.get().inGoodStanding) {
            return Optional.of("annual report not filed as of " + latest.get().asOf);
        }
        if (supplier.establishedOn.getYear() > requiredYear) {
            return Optional.empty();
        }
        if (latest.isEmpty() || latest.get().asOf.getYear() <= requiredYear) {
            return Optional.of("no evidence that the annual report for " + requiredYear + " was filed");
        }
        return Optional.empty();
    }

    /** What is known of a statutory payment on a day. */
    public enum PaymentStanding {
        GOOD, ARREARS,
        /** No evidence, or none recent enough to say anything. */
        UNKNOWN
    }

    /**
     * The latest evidence of {@code kind} on or before the day decides, if it is younger than
     * {@code maxAge}; without such evidence nothing is known (never "good" by default).
     */
    public static PaymentStanding paymentStanding(ComplianceKind kind, Collection<ComplianceRecord> compliance,
            LocalDate day, Period maxAge) {
        return latestEvidence(kind, compliance, day)
                .filter(c -> c.asOf.isAfter(day.minus(maxAge)))
                .map(c -> c.inGoodStanding ? PaymentStanding.GOOD : PaymentStanding.ARREARS)
                .orElse(PaymentStanding.UNKNOWN);
    }

    /** Arrears records (欠缴税款或社会保险费) that count on the day. */
    public static List<CreditRecord> arrearsInForce(Collection<CreditRecord> records, LocalDate day) {
        return records.stream().filter(r -> r.kind == CreditRecordKind.TAX_OR_SOCIAL_INSURANCE_ARREARS)
                .filter(r -> r.countsOn(day) && !r.occurredOn.isAfter(day)).toList();
    }

    static Optional<String> complianceProblem(Collection<ComplianceRecord> compliance, Collection<CreditRecord> records,
            LocalDate day, Period maxAge) {
        List<String> problems = new ArrayList<>();
        for (ComplianceKind kind : List.of(ComplianceKind.TAX, ComplianceKind.SOCIAL_INSURANCE)) {
            Optional<ComplianceRecord> latest = latestEvidence(kind, compliance, day);
            switch (paymentStanding(kind, compliance, day, maxAge)) {
                case ARREARS -> problems.add(kind + " in arrears as of " + latest.get().asOf);
                case UNKNOWN -> problems.add(kind + " standing unknown: " + latest.map(c -> "latest evidence of "
                        + c.asOf + " is older than " + maxAge).orElse("no evidence on record"));
                case GOOD -> { }
            }
        }
        arrearsInForce(records, day).forEach(r -> problems.add("arrears record of " + r.occurredOn + " in force"));
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static Optional<ComplianceRecord> latestEvidence(ComplianceKind kind, Collection<ComplianceRecord> compliance,
            LocalDate day) {
        return compliance.stream().filter(c -> c.kind == kind && !c.asOf.isAfter(day))
                .max(Comparator.comparing((ComplianceRecord c) -> c.asOf).thenComparing(c -> c.recordedAt));
    }
}
