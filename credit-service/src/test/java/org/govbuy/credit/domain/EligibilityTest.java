package org.govbuy.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.govbuy.credit.domain.Eligibility.Condition;
import org.govbuy.credit.domain.Eligibility.FailedCondition;

class EligibilityTest {

    private static final CreditPolicy POLICY = CreditPolicies.standard();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final String USCC = "51350100M000100Y47";

    private static Supplier supplier(LocalDate establishedOn) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
        return Supplier.register(new SupplierRegistration(new UnifiedSocialCreditCode(USCC), "星光敬老协会",
                OrganisationType.SOCIAL_GROUP, "北京市民政局", establishedOn, "110000"), "t", clock,
                ZoneId.of("Asia/Shanghai"));
    }

    private static AnnualInspection inspection(int year, InspectionResult result) {
        AnnualInspection inspection = new AnnualInspection();
        inspection.uscc = USCC;
        inspection.year = year;
        inspection.result = result;
        inspection.recordedAt = Instant.now();
        return inspection;
    }

    /** Fresh evidence that taxes and social insurance are paid. */
    private static List<ComplianceRecord> paid() {
        return paid(DAY.minusMonths(1));
    }

    private static List<ComplianceRecord> paid(LocalDate asOf) {
        ComplianceRecord tax = arrears(ComplianceKind.TAX, asOf);
        tax.inGoodStanding = true;
        ComplianceRecord socialInsurance = arrears(ComplianceKind.SOCIAL_INSURANCE, asOf);
        socialInsurance.inGoodStanding = true;
        return List.of(tax, socialInsurance);
    }

    private static ComplianceRecord arrears(ComplianceKind kind, LocalDate asOf) {
        ComplianceRecord record = new ComplianceRecord();
        record.id = UUID.randomUUID();
        record.kind = kind;
        record.inGoodStanding = false;
        record.asOf = asOf;
        record.recordedAt = Instant.now();
        return record;
    }

    @Test
    void aCleanActiveSupplierWithItsInspectionMayCompete() {
        var facts = new Eligibility.Facts(supplier(LocalDate.of(2015, 1, 1)), List.of(), List.of(),
                List.of(inspection(2025, InspectionResult.BASICALLY_PASSED)), paid(), List.of());
        Eligibility.Verdict verdict = Eligibility.on(DAY, facts, POLICY);
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.failed()).isEmpty();
    }

    @Test
    void everyFailedConditionIsListed() {
        Supplier supplier = supplier(LocalDate.of(2015, 1, 1));
        supplier.deregister("dissolved", "civil", Instant.now(), DAY.minusDays(1));
        CreditRecord major = CreditScoreTest.record(CreditRecordKind.MAJOR_VIOLATION_OF_LAW, Severity.MAJOR,
                DAY.minusYears(2));
        Debarment debarment = Debarment.forRecord(major, DAY.minusYears(2), Period.ofYears(3));
        AbnormalListing listing = AbnormalListing.propose(USCC, DAY.minusDays(20), DAY.minusDays(15),
                "annual report 2025 missing");
        listing.listIfStatementPeriodOver(DAY.minusDays(10));
        var facts = new Eligibility.Facts(supplier, List.of(debarment), List.of(listing),
                List.of(inspection(2025, InspectionResult.FAILED)),
                List.of(arrears(ComplianceKind.TAX, DAY.minusMonths(1))), List.of(major));

        Eligibility.Verdict verdict = Eligibility.on(DAY, facts, POLICY);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).extracting(FailedCondition::condition).containsExactly(
                Condition.REGISTERED_AND_ACTIVE, Condition.NOT_DEBARRED, Condition.NOT_ON_ABNORMAL_LIST,
                Condition.ANNUAL_INSPECTION_PASSED, Condition.NO_MAJOR_VIOLATION_IN_LOOK_BACK,
                Condition.TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING);
        assertThat(verdict.failed().get(3).detail()).contains("2025 failed");
        assertThat(verdict.failed().get(5).detail()).contains("TAX in arrears");
    }

    @Test
    void aMajorViolationCountsOnlyForThreeYearsBeforeTheDay() {
        Supplier supplier = supplier(LocalDate.of(2015, 1, 1));
        CreditRecord old = CreditScoreTest.record(CreditRecordKind.MAJOR_VIOLATION_OF_LAW, Severity.MAJOR,
                DAY.minusYears(3).minusDays(1));
        var facts = new Eligibility.Facts(supplier, List.of(), List.of(),
                List.of(inspection(2025, InspectionResult.PASSED)), paid(), List.of(old));
        assertThat(Eligibility.on(DAY, facts, POLICY).eligible()).isTrue();
        assertThat(Eligibility.on(DAY.minusDays(2), facts, POLICY).failed()).extracting(FailedCondition::condition)
                .contains(Condition.NO_MAJOR_VIOLATION_IN_LOOK_BACK);
    }

    @Test
    void lastYearsInspectionIsRequiredOnlyAfterTheInspectionSeason() {
        Supplier supplier = supplier(LocalDate.of(2015, 1, 1));
        var onlyOlder = new Eligibility.Facts(supplier, List.of(), List.of(),
                List.of(inspection(2024, InspectionResult.PASSED)), paid(LocalDate.of(2026, 4, 20)), List.of());
        assertThat(Eligibility.on(LocalDate.of(2026, 5, 1), onlyOlder, POLICY).eligible()).isTrue();
        assertThat(Eligibility.on(LocalDate.of(2026, 7, 1), onlyOlder, POLICY).failed())
                .extracting(FailedCondition::detail).containsExactly("no annual inspection result for 2025");
    }

    @Test
    void aYoungOrganisationNeedsNoInspectionYet() {
        var facts = new Eligibility.Facts(supplier(LocalDate.of(2026, 3, 1)), List.of(), List.of(), List.of(),
                paid(), List.of());
        assertThat(Eligibility.on(DAY, facts, POLICY).eligible()).isTrue();
    }

    @Test
    void theLatestPaymentRecordDecides() {
        ComplianceRecord paid = arrears(ComplianceKind.SOCIAL_INSURANCE, DAY.minusDays(5));
        paid.inGoodStanding = true;
        ComplianceRecord tax = paid(DAY.minusMonths(3)).get(0);
        var facts = new Eligibility.Facts(supplier(LocalDate.of(2026, 3, 1)), List.of(), List.of(), List.of(),
                List.of(arrears(ComplianceKind.SOCIAL_INSURANCE, DAY.minusMonths(2)), paid, tax), List.of());
        assertThat(Eligibility.on(DAY, facts, POLICY).eligible()).isTrue();
        assertThat(Eligibility.on(DAY.minusDays(10), facts, POLICY).eligible()).isFalse();
    }

    private static Supplier enterprise(LocalDate establishedOn) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
        return Supplier.register(new SupplierRegistration(new UnifiedSocialCreditCode("91110108MA0000777Y"),
                "康健居家养老服务有限公司", OrganisationType.ENTERPRISE, "北京市海淀区市场监督管理局", establishedOn,
                "110108"), "t", clock, ZoneId.of("Asia/Shanghai"));
    }

    private static ComplianceRecord annualReport(boolean filed, LocalDate asOf) {
        ComplianceRecord record = arrears(ComplianceKind.ANNUAL_REPORT, asOf);
        record.inGoodStanding = filed;
        return record;
    }

    @Test
    void anEnterpriseShowsItsFiledAnnualReportInsteadOfAnInspection() {
        Supplier enterprise = enterprise(LocalDate.of(2016, 2, 29));
        var none = new Eligibility.Facts(enterprise, List.of(), List.of(), List.of(), paid(), List.of());
        assertThat(Eligibility.on(DAY, none, POLICY).failed()).extracting(FailedCondition::condition)
                .containsExactly(Condition.ANNUAL_REPORT_FILED);

        var filedThisYear = new Eligibility.Facts(enterprise, List.of(), List.of(), List.of(),
                java.util.stream.Stream.concat(paid().stream(), java.util.stream.Stream.of(
                        annualReport(true, LocalDate.of(2026, 6, 20)))).toList(), List.of());
        assertThat(Eligibility.on(DAY, filedThisYear, POLICY).eligible()).isTrue();

        var onlyLastYears = new Eligibility.Facts(enterprise, List.of(), List.of(), List.of(),
                java.util.stream.Stream.concat(paid().stream(), java.util.stream.Stream.of(
                        annualReport(true, LocalDate.of(2025, 6, 20)))).toList(), List.of());
        assertThat(Eligibility.on(DAY, onlyLastYears, POLICY).failed()).extracting(FailedCondition::detail)
                .containsExactly("no evidence that the annual report for 2025 was filed");

        var notFiled = new Eligibility.Facts(enterprise, List.of(), List.of(), List.of(),
                java.util.stream.Stream.concat(paid().stream(), java.util.stream.Stream.of(
                        annualReport(false, LocalDate.of(2026, 7, 10)))).toList(), List.of());
        assertThat(Eligibility.on(DAY, notFiled, POLICY).failed()).extracting(FailedCondition::condition)
                .containsExactly(Condition.ANNUAL_REPORT_FILED);
    }

    @Test
    void theCodeSaysWhoRegisteredTheOrganisationAndTheDeclaredTypeMustAgree() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> Supplier.register(new SupplierRegistration(
                new UnifiedSocialCreditCode("91110108MA0000777Y"), "有限公司", OrganisationType.SOCIAL_GROUP,
                "北京市民政局", LocalDate.of(2016, 1, 1), "110108"), "t", clock, ZoneId.of("Asia/Shanghai")))
                .isInstanceOf(org.govbuy.platform.error.DomainRuleViolation.class)
                .hasMessageContaining("registered as ENTERPRISE");
        assertThat(OrganisationType.PUBLIC_INSTITUTION.problemWithCodePrefix("12")).isNull();
        assertThat(OrganisationType.FOUNDATION.problemWithCodePrefix("52")).contains("SOCIAL_SERVICE_ORGANISATION");
        assertThat(OrganisationType.ENTERPRISE.problemWithCodePrefix("92")).contains("of no supplier type");
    }

    @Test
    void withoutRecentEvidenceTheStandingOfTaxesAndSocialInsuranceIsUnknownNotGood() {
        Supplier supplier = supplier(LocalDate.of(2015, 1, 1));
        List<AnnualInspection> inspected = List.of(inspection(2025, InspectionResult.PASSED));
        var nothing = new Eligibility.Facts(supplier, List.of(), List.of(), inspected, List.of(), List.of());
        assertThat(Eligibility.on(DAY, nothing, POLICY).failed()).singleElement().satisfies(f -> {
            assertThat(f.condition()).isEqualTo(Condition.TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING);
            assertThat(f.detail()).contains("TAX standing unknown: no evidence on record")
                    .contains("SOCIAL_INSURANCE standing unknown");
        });

        List<ComplianceRecord> evidence = paid();
        assertThat(Eligibility.on(DAY, new Eligibility.Facts(supplier, List.of(), List.of(), inspected, evidence,
                List.of()), POLICY).eligible()).isTrue();
        LocalDate sixMonthsAfterTheEvidence = DAY.minusMonths(1).plusMonths(6);
        assertThat(Eligibility.paymentStanding(ComplianceKind.TAX, evidence, sixMonthsAfterTheEvidence,
                POLICY.evidenceMaxAge())).isEqualTo(Eligibility.PaymentStanding.UNKNOWN);
        assertThat(Eligibility.paymentStanding(ComplianceKind.TAX, evidence, sixMonthsAfterTheEvidence.minusDays(1),
                POLICY.evidenceMaxAge())).isEqualTo(Eligibility.PaymentStanding.GOOD);
    }

    @Test
    void anArrearsRecordInForceCountsWhateverTheEvidenceSays() {
        Supplier supplier = supplier(LocalDate.of(2015, 1, 1));
        CreditRecord arrears = CreditScoreTest.record(CreditRecordKind.TAX_OR_SOCIAL_INSURANCE_ARREARS,
                Severity.GENERAL, DAY.minusMonths(2));
        var facts = new Eligibility.Facts(supplier, List.of(), List.of(), List.of(inspection(2025,
                InspectionResult.PASSED)), paid(), List.of(arrears));
        assertThat(Eligibility.on(DAY, facts, POLICY).failed()).extracting(FailedCondition::detail)
                .containsExactly("arrears record of " + DAY.minusMonths(2) + " in force");
    }

    @Test
    void aRatingHoldsForItsValidityOnly() {
        LocalDate ratedOn = LocalDate.of(2021, 12, 1);
        assertThat(POLICY.ratingOn(RatingLevel.A4, ratedOn, ratedOn.plusYears(5).minusDays(1)))
                .isEqualTo(RatingLevel.A4);
        assertThat(POLICY.ratingOn(RatingLevel.A4, ratedOn, ratedOn.plusYears(5))).isEqualTo(RatingLevel.NONE);
    }
}
