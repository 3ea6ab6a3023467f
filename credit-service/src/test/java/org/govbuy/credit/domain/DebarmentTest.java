package org.govbuy.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.IllegalTransitionException;

class DebarmentTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 22);

    private static Debarment threeYears() {
        CreditRecord breach = CreditScoreTest.record(CreditRecordKind.CONTRACT_BREACH, Severity.SERIOUS, START);
        assertThat(breach.debars()).isTrue();
        return Debarment.forRecord(breach, START, Period.ofYears(3));
    }

    @Test
    void aSeriousBreachOrAMajorViolationDebarsButAGeneralOneDoesNot() {
        assertThat(CreditScoreTest.record(CreditRecordKind.CONTRACT_BREACH, Severity.GENERAL, START).debars()).isFalse();
        assertThat(CreditScoreTest.record(CreditRecordKind.FALSE_INFORMATION, Severity.MAJOR, START).debars()).isTrue();
        assertThat(CreditScoreTest.record(CreditRecordKind.FALSE_INFORMATION, Severity.SERIOUS, START).debars())
                .isFalse();
    }

    @Test
    void debarmentEndsOnItsEndDate() {
        Debarment debarment = threeYears();
        assertThat(debarment.activeOn(START)).isTrue();
        assertThat(debarment.activeOn(START.plusYears(3).minusDays(1))).isTrue();
        assertThat(debarment.activeOn(START.plusYears(3))).isFalse();
        assertThat(debarment.announceEnd(START.plusYears(3).minusDays(1), Instant.now())).isFalse();
        assertThat(debarment.announceEnd(START.plusYears(3), Instant.now())).isTrue();
        assertThat(debarment.announceEnd(START.plusYears(3).plusDays(1), Instant.now())).isFalse();
    }

    @Test
    void anAffiliateIsDebarredForTheSameDays() {
        Debarment principal = threeYears();
        Debarment affiliate = Debarment.forAffiliate(principal, "52110108MJ0000001Y");
        assertThat(affiliate.startsOn).isEqualTo(principal.startsOn);
        assertThat(affiliate.endsOn).isEqualTo(principal.endsOn);
        assertThat(affiliate.affiliateOf).isEqualTo(principal.uscc);
    }

    @Test
    void aReinstatementEndsItEarlyOnceAndNeedsAReason() {
        Debarment debarment = threeYears();
        assertThatThrownBy(() -> debarment.reinstate(" ", "finance", START.plusMonths(6)))
                .hasMessageContaining("blank");
        debarment.reinstate("court quashed the decision", "finance", START.plusMonths(6));
        assertThat(debarment.activeOn(START.plusMonths(6))).isFalse();
        assertThat(debarment.effectiveEnd()).isEqualTo(START.plusMonths(6));
        assertThatThrownBy(() -> debarment.reinstate("again", "finance", START.plusMonths(7)))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
