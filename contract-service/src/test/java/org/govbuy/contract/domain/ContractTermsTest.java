package org.govbuy.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.UnprocessableRequest;

/** Term limits, payment schedules and the payment policy, as plain rules. */
class ContractTermsTest {

    private static final ContractRules RULES = new ContractRules(Duration.ofDays(30), 2, new BigDecimal("0.10"), 24, 36,
            ZoneId.of("Asia/Shanghai"));
    private static final PaymentPolicy POLICY = new PaymentPolicy("2026.1", Map.of(Grade.EXCELLENT, BigDecimal.ONE,
            Grade.GOOD, BigDecimal.ONE, Grade.PASS, new BigDecimal("0.90"), Grade.FAIL, BigDecimal.ZERO));

    @Test
    void aTermRunsAtMostTwentyFourMonthsOrThirtySixForAStableService() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        assertThatCode(() -> RULES.requireTermWithinLimit(start, LocalDate.of(2028, 12, 31), false, "serviceEndsOn"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RULES.requireTermWithinLimit(start, LocalDate.of(2029, 1, 1), false, "serviceEndsOn"))
                .isInstanceOf(UnprocessableRequest.class).hasMessageContaining("24 months");
        assertThatCode(() -> RULES.requireTermWithinLimit(start, LocalDate.of(2029, 12, 31), true, "serviceEndsOn"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RULES.requireTermWithinLimit(start, LocalDate.of(2030, 1, 1), true, "serviceEndsOn"))
                .isInstanceOf(UnprocessableRequest.class).hasMessageContaining("36 months");
        // from the end of a month: 31 Jan 2027 + 24 months runs to 30 Jan 2029
        assertThat(RULES.latestEnd(LocalDate.of(2027, 1, 31), false)).isEqualTo(LocalDate.of(2029, 1, 30));
    }

    @Test
    void anAmendmentRaisesTheAmountByAtMostTenPercentOfTheFirstSigned() {
        assertThat(RULES.amendmentCeiling(Money.of("600000.00"))).isEqualTo(Money.of("660000.00"));
        assertThat(RULES.amendmentCeiling(Money.of("100.05"))).isEqualTo(Money.of("110.05"));
    }

    @Test
    void sharesSumToExactlyOneHundredPercentAndAmountsToTheCent() {
        List<InstallmentTerms.Scheduled> byShares = InstallmentTerms.schedule(List.of(
                new InstallmentTerms(InstallmentTrigger.ON_SIGNING, new BigDecimal("33.33"), null, null),
                new InstallmentTerms(InstallmentTrigger.MID_TERM_EVALUATION, new BigDecimal("33.33"), null, null),
                new InstallmentTerms(InstallmentTrigger.FINAL_EVALUATION, new BigDecimal("33.34"), null, null)),
                Money.of("100.01"), Set.of());
        assertThat(byShares).extracting(s -> s.amount().toString()).containsExactly("33.33", "33.33", "33.35");
        assertThatThrownBy(() -> InstallmentTerms.schedule(List.of(
                new InstallmentTerms(InstallmentTrigger.ON_SIGNING, new BigDecimal("30"), null, null),
                new InstallmentTerms(InstallmentTrigger.FINAL_EVALUATION, new BigDecimal("69.99"), null, null)),
                Money.of("100"), Set.of())).isInstanceOf(UnprocessableRequest.class).hasMessageContaining("sum to exactly 100 %");
        assertThatThrownBy(() -> InstallmentTerms.schedule(List.of(
                new InstallmentTerms(InstallmentTrigger.ON_SIGNING, null, new BigDecimal("50.00"), null),
                new InstallmentTerms(InstallmentTrigger.FINAL_EVALUATION, null, new BigDecimal("50.00"), null)),
                Money.of("100.01"), Set.of())).isInstanceOf(UnprocessableRequest.class).hasMessageContaining("to the cent");
        assertThatThrownBy(() -> InstallmentTerms.schedule(List.of(
                new InstallmentTerms(InstallmentTrigger.ON_SIGNING, new BigDecimal("50"), null, null),
                new InstallmentTerms(InstallmentTrigger.FINAL_EVALUATION, null, new BigDecimal("50.00"), null)),
                Money.of("100"), Set.of())).isInstanceOf(UnprocessableRequest.class).hasMessageContaining("all give a share");
        assertThatThrownBy(() -> InstallmentTerms.schedule(List.of(
                new InstallmentTerms(InstallmentTrigger.MILESTONE_ACCEPTED, new BigDecimal("100"), null, 2)),
                Money.of("100"), Set.of(1))).isInstanceOf(UnprocessableRequest.class).hasMessageContaining("milestone");
    }

    @Test
    void eachGradeReleasesItsShareOfAnInstallment() {
        Money installment = Money.of("180000.01");
        assertThat(POLICY.payable(installment, Grade.EXCELLENT)).isEqualTo(Money.of("180000.01"));
        assertThat(POLICY.payable(installment, Grade.GOOD)).isEqualTo(Money.of("180000.01"));
        // 90 % of 180,000.01 is 162,000.009: rounded down, never paying a fraction of a cent too much
        assertThat(POLICY.payable(installment, Grade.PASS)).isEqualTo(Money.of("162000.00"));
        assertThat(POLICY.payable(installment, Grade.FAIL)).isEqualTo(Money.ZERO);
        assertThat(POLICY.requiresRectification(Grade.FAIL)).isTrue();
        assertThat(POLICY.requiresRectification(Grade.PASS)).isFalse();
    }

    @Test
    void aPassedReEvaluationReleasesWhatItsGradeEarnsNeverMoreThanPassingFirst() {
        Installment installment = new Installment();
        installment.amount = Money.of("1000.00");
        installment.releaseByEvaluation(Grade.FAIL, POLICY, "e1", java.time.Instant.now());
        assertThat(installment.payable).isEqualTo(Money.ZERO);
        assertThat(installment.withheld()).isEqualTo(Money.of("1000.00"));
        assertThat(installment.rectificationRequired).isTrue();
        installment.releaseByEvaluation(Grade.PASS, POLICY, "e2", java.time.Instant.now());
        assertThat(installment.payable).isEqualTo(Money.of("900.00"));
        assertThat(installment.rectificationRequired).isFalse();
    }

    @Test
    void weeklyTargetsCountTheWholeWeeksOfTheTerm() {
        assertThat(DeliveryPeriod.WEEK.periodsIn(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEqualTo(52);
        assertThat(DeliveryPeriod.MONTH.periodsIn(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEqualTo(12);
        assertThat(DeliveryPeriod.TERM.periodsIn(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEqualTo(1);
    }
}
