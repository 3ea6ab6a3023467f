package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.govbuy.tender.domain.BidEligibility.Condition;

/** Who may bid (seed 000 §五, 003 §三.6), read from the supplier projection: every failed condition, with its facts. */
class BidEligibilityTest {

    private static final TenderRules RULES = new TenderRules(20, 20, 3, 5, 15, 3, Map.of(), BigDecimal.TEN,
            Period.ofYears(3), MonthDay.of(6, 30), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 14);
    private static final TenderTerms.BidderRequirements NONE = new TenderTerms.BidderRequirements(Set.of(), null);

    /** A social group in good standing: active, inspected for 2025, tax and social insurance paid, 3A. */
    private static SupplierProjection inGoodStanding() {
        SupplierProjection s = new SupplierProjection();
        s.uscc = "51110108MJ00000025";
        s.name = "星光敬老协会";
        s.organisationType = "SOCIAL_GROUP";
        s.establishedOn = LocalDate.of(2012, 5, 18);
        s.status = "ACTIVE";
        s.ratingLevel = "A3";
        s.latestInspectionYear = 2025;
        s.latestInspectionResult = "PASSED";
        s.taxInGoodStanding = true;
        s.socialInsuranceInGoodStanding = true;
        s.lastEventId = "e1";
        return s;
    }

    private static BidEligibility.Verdict verdict(SupplierProjection s, TenderTerms.BidderRequirements requirements) {
        return BidEligibility.of(s.uscc, s, DAY, DEADLINE, requirements, RULES);
    }

    private static Set<Condition> failed(BidEligibility.Verdict verdict) {
        return Set.copyOf(verdict.failed().stream().map(BidEligibility.Failed::condition).toList());
    }

    @Test
    void aSupplierInGoodStandingIsEligibleAndTheVerdictKeepsTheFactsItUsed() {
        BidEligibility.Verdict verdict = verdict(inGoodStanding(), NONE);
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.facts().creditEventId()).isEqualTo("e1");
        assertThat(verdict.facts().latestInspectionYear()).isEqualTo(2025);
    }

    @Test
    void everyFailedGeneralConditionIsReportedAtOnce() {
        SupplierProjection s = inGoodStanding();
        s.status = "DEREGISTERED";
        s.abnormalListed = true;
        s.latestInspectionResult = "FAILED";
        s.lastMajorViolationOn = DEADLINE.minusYears(3).plusDays(1);
        s.socialInsuranceInGoodStanding = false;
        assertThat(failed(verdict(s, NONE))).containsExactlyInAnyOrder(Condition.REGISTERED_AND_ACTIVE,
                Condition.NOT_ON_ABNORMAL_LIST, Condition.ANNUAL_INSPECTION_PASSED,
                Condition.NO_MAJOR_VIOLATION_IN_LOOK_BACK, Condition.TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING);
    }

    @Test
    void theMajorViolationLookBackIsThreeYearsBeforeTheDeadline() {
        SupplierProjection s = inGoodStanding();
        s.lastMajorViolationOn = DEADLINE.minusYears(3).minusDays(1);
        assertThat(verdict(s, NONE).eligible()).isTrue();
    }

    @Test
    void aMissingInspectionForLastYearFailsAfterTheSeasonUnlessTheOrganisationIsYounger() {
        SupplierProjection s = inGoodStanding();
        s.latestInspectionYear = 2024;
        assertThat(failed(verdict(s, NONE))).containsExactly(Condition.ANNUAL_INSPECTION_PASSED);
        s.establishedOn = LocalDate.of(2026, 3, 1);
        assertThat(verdict(s, NONE).eligible()).isTrue();
        SupplierProjection company = inGoodStanding();
        company.organisationType = "ENTERPRISE";
        company.latestInspectionYear = null;
        assertThat(verdict(company, NONE).eligible()).as("an enterprise is not inspected by civil affairs").isTrue();
    }

    @Test
    void paymentEvidenceThatHasAgedOutByTheDayLeavesTheStandingUnknown() {
        SupplierProjection s = inGoodStanding();
        s.taxStandingUntil = DAY;
        assertThat(verdict(s, NONE).failed()).singleElement().satisfies(f -> {
            assertThat(f.condition()).isEqualTo(Condition.TAX_AND_SOCIAL_INSURANCE_IN_GOOD_STANDING);
            assertThat(f.detail()).contains("unknown from " + DAY);
        });
        s.taxStandingUntil = DAY.plusDays(1);
        assertThat(verdict(s, NONE).eligible()).isTrue();
    }

    @Test
    void theTendersOwnRequirementsAdmittedTypesAndAMinimumRatingStillHeldOnTheDay() {
        TenderTerms.BidderRequirements socialOrganisations3A = new TenderTerms.BidderRequirements(
                Set.of(SupplierKind.SOCIAL_GROUP, SupplierKind.SOCIAL_SERVICE_ORGANISATION), Rating.A3);
        assertThat(verdict(inGoodStanding(), socialOrganisations3A).eligible()).isTrue();
        SupplierProjection company = inGoodStanding();
        company.organisationType = "ENTERPRISE";
        assertThat(failed(verdict(company, socialOrganisations3A))).containsExactly(Condition.ORGANISATION_TYPE_ADMITTED);
        SupplierProjection expired = inGoodStanding();
        expired.ratingValidUntil = DAY;
        assertThat(verdict(expired, socialOrganisations3A).failed()).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("holds none"));
        SupplierProjection twoA = inGoodStanding();
        twoA.ratingLevel = "A2";
        assertThat(failed(verdict(twoA, socialOrganisations3A))).containsExactly(Condition.MINIMUM_RATING_HELD);
    }

    @Test
    void aSupplierDebarredOnTheDayIsNotEligibleButOneWhoseDebarmentEndedIs() {
        SupplierProjection s = inGoodStanding();
        s.debarredFrom = LocalDate.of(2025, 1, 1);
        s.debarredUntil = DAY.plusDays(1);
        assertThat(failed(verdict(s, NONE))).containsExactly(Condition.NOT_DEBARRED);
        s.debarredUntil = DAY;
        assertThat(verdict(s, NONE).eligible()).isTrue();
    }
}
