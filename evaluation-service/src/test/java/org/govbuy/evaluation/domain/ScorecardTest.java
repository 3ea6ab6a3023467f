package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.IllegalTransitionException;

/** The combined score and grade, on examples computed by hand. */
class ScorecardTest {

    private static final GradeScale SCALE = new GradeScale("2026.1", new BigDecimal("90"), new BigDecimal("80"),
            new BigDecimal("60"));
    private static final EvaluationPlan PLAN = EvaluationPlan.of(Indicators.generalTemplate(), Map.of(),
            new BigDecimal("0.6"), 5);

    @Test
    void aMidTermResultCombinesDeliverablesSurveyAgencyAndPurchaser() {
        // quantity: by mid-term half of 12 trainings and of 156 bulletins are due (6, 78); 6 and 70 delivered:
        //   (6/6 + 70/78) / 2 = 0.9487179487 → × 20 = 18.974
        BigDecimal quantity = QuantityAchievement.share(List.of(
                new QuantityAchievement.Deliverable(1, "培训", new BigDecimal("12"), "次"),
                new QuantityAchievement.Deliverable(2, "简报", new BigDecimal("156"), "期")),
                Map.of("1", new BigDecimal("6"), "2", new BigDecimal("70")), EvaluationType.MID_TERM.dueShareOfTerm(0.5));
        assertThat(quantity).isEqualByComparingTo("0.9487179487");
        // satisfaction: answers 5, 4, 4, 3, 5 → 21 / 25 = 0.84 → × 20 = 16.8
        BigDecimal satisfaction = Satisfaction.shareOfMaximum(List.of(5, 4, 4, 3, 5));
        // quality: agency 17/20 = 0.85, purchaser 18/20 = 0.90 → 0.6 × 0.85 + 0.4 × 0.90 = 0.87 → × 30 = 26.1
        // funds:   agency 17/20, purchaser 18/20 → 0.87 → × 20 = 17.4
        // development: agency 8/10, purchaser 9/10 → 0.84 → × 10 = 8.4
        Map<String, BigDecimal> agency = points("QUALITY-1", 8, "QUALITY-2", 9, "FUNDS-1", 9, "FUNDS-2", 8,
                "DEVELOPMENT-1", 4, "DEVELOPMENT-2", 4);
        Map<String, BigDecimal> purchaser = points("QUALITY-1", 9, "QUALITY-2", 9, "FUNDS-1", 10, "FUNDS-2", 8,
                "DEVELOPMENT-1", 5, "DEVELOPMENT-2", 4);

        Scorecard.Result result = Scorecard.score(PLAN, new Scorecard.Inputs(agency, purchaser, quantity, satisfaction), SCALE);

        // 18.974358974 + 26.1 + 17.4 + 16.8 + 8.4 = 87.674358974 → 87.67, good
        assertThat(result.score()).isEqualByComparingTo("87.67");
        assertThat(result.grade()).isEqualTo(Grade.GOOD);
        assertThat(result.gradeScaleVersion()).isEqualTo("2026.1");
        assertThat(result.lines()).extracting(l -> l.indicator() + " " + l.measuredBy() + " " + l.points().toPlainString())
                .containsExactly("QUANTITY DELIVERABLES 18.97", "QUALITY ASSESSMENT 26.10", "FUNDS ASSESSMENT 17.40",
                        "SATISFACTION SURVEY 16.80", "DEVELOPMENT ASSESSMENT 8.40");
    }

    @Test
    void aFailBelowSixtyAndQuantityAssessedWhenTheContractHasNoDeliverables() {
        // no deliverables: QUANTITY-1 is assessed like the rest. Agency gives half of every maximum, the
        // purchaser a fifth: 0.6 × 0.5 + 0.4 × 0.2 = 0.38 on 80 points of assessed weight = 30.4;
        // satisfaction 2 of 5 on every answer = 0.4 × 20 = 8 → 38.40, fail
        Map<String, BigDecimal> agency = points("QUANTITY-1", 5, "QUALITY-1", 5, "QUALITY-2", 5, "FUNDS-1", 5, "FUNDS-2", 5,
                "DEVELOPMENT-1", 2.5, "DEVELOPMENT-2", 2.5);
        Map<String, BigDecimal> purchaser = points("QUANTITY-1", 2, "QUALITY-1", 2, "QUALITY-2", 2, "FUNDS-1", 2,
                "FUNDS-2", 2, "DEVELOPMENT-1", 1, "DEVELOPMENT-2", 1);
        Scorecard.Result result = Scorecard.score(PLAN, new Scorecard.Inputs(agency, purchaser, null,
                Satisfaction.shareOfMaximum(List.of(2, 2, 2, 2, 2))), SCALE);
        assertThat(result.score()).isEqualByComparingTo("38.40");
        assertThat(result.grade()).isEqualTo(Grade.FAIL);
        assertThat(Scorecard.assessed(PLAN, false)).extracting(Indicator.SubIndicator::code).contains("QUANTITY-1");
        assertThat(Scorecard.assessed(PLAN, true)).extracting(Indicator.SubIndicator::code)
                .doesNotContain("QUANTITY-1", "SATISFACTION-1");
    }

    @Test
    void aMissingScoreIsNamedAndNoResultIsComputed() {
        assertThatThrownBy(() -> Scorecard.score(PLAN, new Scorecard.Inputs(Map.of(), Map.of(), BigDecimal.ONE,
                BigDecimal.ONE), SCALE)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("the agency has not scored QUALITY-1");
    }

    @Test
    void gradesStartAtNinetyEightySixty() {
        assertThat(SCALE.grade(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(SCALE.grade(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(SCALE.grade(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(SCALE.grade(new BigDecimal("79.99"))).isEqualTo(Grade.PASS);
        assertThat(SCALE.grade(new BigDecimal("60"))).isEqualTo(Grade.PASS);
        assertThat(SCALE.grade(new BigDecimal("59.99"))).isEqualTo(Grade.FAIL);
    }

    @Test
    void satisfactionHasAConfidenceIntervalNarrowedByThePopulationOfRecipients() {
        // n = 5 of N = 10, mean 4.2, s² = 0.7; t(0.975, 4) = 2.7764; √(0.7/5) = 0.37417; √(5/9) = 0.74536
        // half-width 2.7764 × 0.37417 × 0.74536 = 0.7743 → [3.43, 4.97]
        Satisfaction s = Satisfaction.of(10, List.of(5, 4, 4, 3, 5));
        assertThat(s.responses()).isEqualTo(5);
        assertThat(s.responseRate()).isEqualByComparingTo("0.5");
        assertThat(s.mean()).isEqualByComparingTo("4.20");
        assertThat(s.low()).isEqualByComparingTo("3.43");
        assertThat(s.high()).isEqualByComparingTo("4.97");
        // every recipient answered: the mean is exact
        Satisfaction all = Satisfaction.of(5, List.of(5, 4, 4, 3, 5));
        assertThat(all.low()).isEqualByComparingTo("4.20");
        assertThat(all.high()).isEqualByComparingTo("4.20");
        assertThat(Satisfaction.of(10, List.of()).mean()).isNull();
    }

    private static Map<String, BigDecimal> points(Object... pairs) {
        Map<String, BigDecimal> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return map;
    }
}
