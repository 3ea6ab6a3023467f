package org.govbuy.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CreditScoreTest {

    private static final CreditPolicy POLICY = CreditPolicies.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static CreditRecord record(CreditRecordKind kind, Severity severity, LocalDate occurredOn) {
        CreditRecordFacts facts = new CreditRecordFacts("91350100M000100Y43", kind, severity, RecordSource.FINANCE,
                "doc-1", "test", occurredOn, null, null, null, "110108");
        return CreditRecord.enter(facts, "tester", Instant.parse("2026-11-22T00:00:00Z"), TODAY, POLICY);
    }

    @Test
    void aSupplierWithoutRecordsHasTheBaseScoreAndLevelA() {
        CreditScore score = CreditScore.of(List.of(), TODAY, POLICY);
        assertThat(score.score()).isEqualByComparingTo("90");
        assertThat(score.level()).isEqualTo(CreditLevel.A);
        assertThat(score.contributions()).isEmpty();
        assertThat(score.policyVersion()).isEqualTo("test-1");
    }

    @Test
    void aFreshSeriousRecordCostsItsFullWeightAndEveryContributionIsExplained() {
        CreditRecord breach = record(CreditRecordKind.CONTRACT_BREACH, Severity.SERIOUS, TODAY);
        CreditScore score = CreditScore.of(List.of(breach), TODAY, POLICY);
        assertThat(score.score()).isEqualByComparingTo("75");
        assertThat(score.level()).isEqualTo(CreditLevel.B);
        assertThat(score.contributions()).singleElement().satisfies(c -> {
            assertThat(c.recordId()).isEqualTo(breach.id);
            assertThat(c.points()).isEqualByComparingTo("-15");
            assertThat(c.decay()).isEqualByComparingTo("1");
            assertThat(c.contribution()).isEqualByComparingTo("-15");
        });
    }

    @Test
    void olderRecordsWeighLessHalvingEveryHalfLife() {
        CreditRecord yearOld = record(CreditRecordKind.CONTRACT_BREACH, Severity.SERIOUS, TODAY.minusYears(1));
        CreditScore score = CreditScore.of(List.of(yearOld), TODAY, POLICY);
        assertThat(score.contributions().get(0).decay()).isEqualByComparingTo("0.5");
        assertThat(score.score()).isEqualByComparingTo("82.5");
    }

    @Test
    void theBaseAndTheContributionsAddUpToTheTotalAndTheScoreIsTheTotalKeptWithin0And100() {
        List<CreditRecord> commended = List.of(record(CreditRecordKind.COMMENDATION, Severity.NONE, TODAY),
                record(CreditRecordKind.COMMENDATION, Severity.NONE, TODAY),
                record(CreditRecordKind.COMMENDATION, Severity.NONE, TODAY),
                record(CreditRecordKind.COMMENDATION, Severity.NONE, TODAY.minusMonths(3)));
        CreditScore high = CreditScore.of(commended, TODAY, POLICY);
        assertThat(high.base()).isEqualByComparingTo("90");
        assertThat(sum(high)).isEqualByComparingTo(high.total());
        assertThat(high.total()).isGreaterThan(BigDecimal.valueOf(100));
        assertThat(high.score()).isEqualByComparingTo("100");
        assertThat(high.clamped()).isTrue();

        List<CreditRecord> breaches = List.of(record(CreditRecordKind.MAJOR_VIOLATION_OF_LAW, Severity.MAJOR, TODAY),
                record(CreditRecordKind.FALSE_INFORMATION, Severity.MAJOR, TODAY),
                record(CreditRecordKind.CONTRACT_BREACH, Severity.MAJOR, TODAY));
        CreditScore low = CreditScore.of(breaches, TODAY, POLICY);
        assertThat(sum(low)).isEqualByComparingTo(low.total()).isEqualByComparingTo("-30");
        assertThat(low.score()).isEqualByComparingTo("0");
        assertThat(low.clamped()).isTrue();

        CreditScore plain = CreditScore.of(List.of(record(CreditRecordKind.CONTRACT_BREACH, Severity.MINOR, TODAY)),
                TODAY, POLICY);
        assertThat(plain.score()).isEqualByComparingTo(plain.total()).isEqualByComparingTo(sum(plain));
        assertThat(plain.clamped()).isFalse();
    }

    private static BigDecimal sum(CreditScore score) {
        return score.contributions().stream().map(CreditScore.Contribution::contribution)
                .reduce(score.base(), BigDecimal::add);
    }

    @Test
    void severeRecordsWeighMoreThanMinorOnes() {
        BigDecimal minor = CreditScore.of(List.of(record(CreditRecordKind.FALSE_INFORMATION, Severity.MINOR, TODAY)),
                TODAY, POLICY).score();
        BigDecimal major = CreditScore.of(List.of(record(CreditRecordKind.FALSE_INFORMATION, Severity.MAJOR, TODAY)),
                TODAY, POLICY).score();
        assertThat(major).isLessThan(minor);
        assertThat(CreditScore.of(List.of(record(CreditRecordKind.FALSE_INFORMATION, Severity.MAJOR, TODAY)), TODAY,
                POLICY).level()).isEqualTo(CreditLevel.C);
    }

    @Test
    void aRecordStopsCountingOnItsEndDateAndRevokedRecordsNeverCount() {
        CreditRecord minor = record(CreditRecordKind.CONTRACT_BREACH, Severity.MINOR, TODAY.minusYears(1));
        assertThat(minor.countsUntil).isEqualTo(TODAY);
        assertThat(CreditScore.of(List.of(minor), TODAY, POLICY).contributions()).isEmpty();
        assertThat(CreditScore.of(List.of(minor), TODAY.minusDays(1), POLICY).contributions()).hasSize(1);

        CreditRecord revoked = record(CreditRecordKind.CONTRACT_BREACH, Severity.MAJOR, TODAY);
        revoked.revoke("entered for the wrong supplier", "finance", Instant.now());
        assertThat(CreditScore.of(List.of(revoked), TODAY, POLICY).score()).isEqualByComparingTo("90");
    }

    @Test
    void theScoreStaysBetweenZeroAndOneHundred() {
        List<CreditRecord> many = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> record(CreditRecordKind.MAJOR_VIOLATION_OF_LAW, Severity.MAJOR, TODAY)).toList();
        assertThat(CreditScore.of(many, TODAY, POLICY).score()).isEqualByComparingTo("0");
        assertThat(CreditScore.of(many, TODAY, POLICY).level()).isEqualTo(CreditLevel.D);
        List<CreditRecord> praise = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> record(CreditRecordKind.COMMENDATION, Severity.NONE, TODAY)).toList();
        assertThat(CreditScore.of(praise, TODAY, POLICY).score()).isEqualByComparingTo("100");
    }
}
