package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.govbuy.tender.domain.Scoring.QualifiedBid;

/** The committee's arithmetic on examples worked by hand. */
class ScoringTest {

    private static final Instant T0 = Instant.parse("2027-03-01T01:00:00Z");

    private static final EvaluationMethod METHOD = new EvaluationMethod(EvaluationMethod.Kind.COMPREHENSIVE_SCORING,
            new BigDecimal("30"), List.of(criterion("服务方案", "40", "40"), criterion("人员与经验", "30", "30")));

    @Test
    void withFiveOrMoreScoresTheHighestAndTheLowestAreDropped() {
        assertThat(Scoring.trimmedMean(decimals(36, 38, 30, 39, 35))).isEqualByComparingTo("36.3333"); // (35+36+38)/3
        assertThat(Scoring.trimmedMean(decimals(20, 30, 40))).isEqualByComparingTo("30"); // three: all count
        assertThat(Scoring.trimmedMean(decimals(10, 10, 10, 40))).isEqualByComparingTo("17.5"); // four: all count
    }

    @Test
    void thePriceScoreIsTheLowestPriceOverTheBidsPriceTimesThePriceWeight() {
        assertThat(Scoring.priceScore(new BigDecimal("400000"), new BigDecimal("500000"), new BigDecimal("30")))
                .isEqualByComparingTo("24");
        assertThat(Scoring.priceScore(new BigDecimal("400000"), new BigDecimal("450000"), new BigDecimal("30")))
                .isEqualByComparingTo("26.6667");
    }

    @Test
    void comprehensiveScoringOnAHandWorkedExampleOfFiveMembers() {
        QualifiedBid x = bid("500000", 0);
        QualifiedBid y = bid("400000", 1);
        QualifiedBid z = bid("450000", 2);
        // per member: x, y and z on 服务方案 and 人员与经验
        int[][] plan = { { 36, 25, 30, 20, 34, 24 }, { 38, 28, 30, 20, 34, 24 }, { 30, 27, 30, 20, 34, 24 },
                { 39, 26, 30, 20, 34, 24 }, { 35, 20, 30, 20, 34, 24 } };
        List<Scoring.Sheet> sheets = new java.util.ArrayList<>();
        for (int m = 0; m < plan.length; m++) {
            int[] s = plan[m];
            sheets.add(sheet("m" + m, Map.of(x.bidId(), scores(s[0], s[1]), y.bidId(), scores(s[2], s[3]),
                    z.bidId(), scores(s[4], s[5]))));
        }

        List<Scoring.Result> results = Scoring.comprehensive(METHOD, List.of(x, y, z), sheets);

        // x: 服务方案 (35+36+38)/3 = 36.3333, 人员 (25+26+27)/3 = 26, technical 62.33, price 24, total 86.33
        assertThat(results.get(0).bidId()).isEqualTo(x.bidId());
        assertThat(results.get(0).criteria()).containsEntry("服务方案", new BigDecimal("36.33"))
                .containsEntry("人员与经验", new BigDecimal("26.00"));
        assertThat(results.get(0).technicalScore()).isEqualByComparingTo("62.33");
        assertThat(results.get(0).priceScore()).isEqualByComparingTo("24.00");
        assertThat(results.get(0).totalScore()).isEqualByComparingTo("86.33");
        // z: technical 58, price 26.67, total 84.67; y: technical 50, price 30, total 80
        assertThat(results.get(1).bidId()).isEqualTo(z.bidId());
        assertThat(results.get(1).totalScore()).isEqualByComparingTo("84.67");
        assertThat(results.get(2).bidId()).isEqualTo(y.bidId());
        assertThat(results.get(2).totalScore()).isEqualByComparingTo("80.00");
        assertThat(results).extracting(Scoring.Result::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aTieOnTheTotalGoesToTheHigherTechnicalScore() {
        EvaluationMethod method = new EvaluationMethod(EvaluationMethod.Kind.COMPREHENSIVE_SCORING, new BigDecimal("20"),
                List.of(criterion("服务方案", "80", "80")));
        QualifiedBid cheap = bid("100", 0); // technical 60 + price 20 = 80
        QualifiedBid better = bid("125", 1); // technical 64 + price 100/125×20 = 16 → 80
        List<Scoring.Sheet> sheets = List.of(1, 2, 3).stream().map(m -> sheet("m" + m, Map.of(
                cheap.bidId(), Map.of("服务方案", new BigDecimal("60")), better.bidId(), Map.of("服务方案", new BigDecimal("64")))))
                .toList();

        List<Scoring.Result> results = Scoring.comprehensive(method, List.of(cheap, better), sheets);

        assertThat(results).extracting(Scoring.Result::totalScore).containsExactly(new BigDecimal("80.00"),
                new BigDecimal("80.00"));
        assertThat(results.get(0).bidId()).isEqualTo(better.bidId());
    }

    @Test
    void thenToTheLowerPriceThenToTheEarlierReceipt() {
        QualifiedBid later = bid("100000.00", 5);
        QualifiedBid dearer = bid("100000.01", 0); // price score 29.99997 → 30.00: the same published total
        QualifiedBid first = bid("100000.00", 1);
        List<Scoring.Sheet> sheets = List.of(sheet("m", Map.of(later.bidId(), scores(30, 20), dearer.bidId(),
                scores(30, 20), first.bidId(), scores(30, 20))));

        List<Scoring.Result> results = Scoring.comprehensive(METHOD, List.of(later, dearer, first), sheets);

        assertThat(results).extracting(Scoring.Result::totalScore).containsOnly(new BigDecimal("80.00"));
        assertThat(results).extracting(Scoring.Result::bidId).containsExactly(first.bidId(), later.bidId(), dearer.bidId());
    }

    @Test
    void theLowestQualifiedPriceRanksByPriceThenByReceipt() {
        QualifiedBid a = bid("300000", 2);
        QualifiedBid b = bid("280000", 3);
        QualifiedBid c = bid("280000", 1);
        assertThat(Scoring.lowestPrice(List.of(a, b, c))).extracting(Scoring.Result::bidId)
                .containsExactly(c.bidId(), b.bidId(), a.bidId());
    }

    @Test
    void aCreditCriterionAddsTheBiddersLevelFactorTimesItsWeightToTheTotalNotToTheTechnicalScore() {
        EvaluationMethod method = new EvaluationMethod(EvaluationMethod.Kind.COMPREHENSIVE_SCORING, new BigDecimal("30"),
                List.of(criterion("服务方案", "40", "40"), criterion("人员与经验", "30", "20")), new BigDecimal("10"));
        method.requireValid(new BigDecimal("10"));
        QualifiedBid trusted = bid("100000", 1);
        QualifiedBid doubtful = bid("100000", 0);
        List<Scoring.Sheet> sheets = List.of(sheet("m", Map.of(trusted.bidId(), scores(40, 30), doubtful.bidId(),
                scores(40, 30))));
        CreditCriterion credit = new CreditCriterion(Map.of("A", BigDecimal.ONE, "B", new BigDecimal("0.7"), "C",
                new BigDecimal("0.4"), "D", BigDecimal.ZERO));

        List<Scoring.Result> results = Scoring.comprehensive(method, List.of(trusted, doubtful), sheets, Map.of(
                trusted.bidId(), credit.factor(List.of("A")), doubtful.bidId(), credit.factor(List.of("A", "C"))));

        // technical 40 + 30/30×20 = 60 for both, price 30 for both; credit A 10, a consortium with a C member 4
        assertThat(results.get(0).bidId()).isEqualTo(trusted.bidId());
        assertThat(results.get(0).technicalScore()).isEqualByComparingTo("60");
        assertThat(results.get(0).creditScore()).isEqualByComparingTo("10");
        assertThat(results.get(0).totalScore()).isEqualByComparingTo("100");
        assertThat(results.get(1).creditScore()).isEqualByComparingTo("4");
        assertThat(results.get(1).totalScore()).isEqualByComparingTo("94");
        assertThat(credit.factor(java.util.Arrays.asList("A", null))).as("an unknown level counts 0").isEqualByComparingTo("0");
        assertThat(Scoring.comprehensive(METHOD, List.of(trusted), sheets).getFirst().creditScore()).isNull();
    }

    @Test
    void theCreditWeightCountsTowardsTheHundredAndTheLowestPriceHasNone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EvaluationMethod(
                EvaluationMethod.Kind.COMPREHENSIVE_SCORING, new BigDecimal("30"), List.of(criterion("服务方案", "70", "70")),
                new BigDecimal("10")).requireValid(new BigDecimal("10")))
                .isInstanceOf(org.govbuy.platform.error.UnprocessableRequest.class).hasMessageContaining("not sound");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EvaluationMethod(EvaluationMethod.Kind.LOWEST_PRICE,
                null, List.of(), new BigDecimal("10")).requireValid(new BigDecimal("10")))
                .isInstanceOfSatisfying(org.govbuy.platform.error.UnprocessableRequest.class, e -> assertThat(
                        e.violations()).extracting(v -> v.field()).containsExactly("evaluation.creditWeight"));
    }

    private static QualifiedBid bid(String price, int secondsAfter) {
        return new QualifiedBid(UUID.randomUUID(), new BigDecimal(price), T0.plusSeconds(secondsAfter));
    }

    private static Scoring.Sheet sheet(String member, Map<UUID, Map<String, BigDecimal>> scores) {
        return new Scoring.Sheet(member, new HashMap<>(scores));
    }

    private static Map<String, BigDecimal> scores(int plan, int staff) {
        return Map.of("服务方案", BigDecimal.valueOf(plan), "人员与经验", BigDecimal.valueOf(staff));
    }

    private static List<BigDecimal> decimals(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static EvaluationMethod.Criterion criterion(String name, String max, String weight) {
        return new EvaluationMethod.Criterion(name, new BigDecimal(max), new BigDecimal(weight));
    }
}
