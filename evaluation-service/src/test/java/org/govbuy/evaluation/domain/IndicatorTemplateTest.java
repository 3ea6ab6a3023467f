package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.UnprocessableRequest;

class IndicatorTemplateTest {

    @Test
    void weightsMustSumToOneHundred() {
        List<Indicator> indicators = new ArrayList<>(Indicators.general());
        indicators.set(4, indicators.get(4).withWeight(5));
        assertThatThrownBy(() -> IndicatorTemplate.requireSound(indicators))
                .isInstanceOfSatisfying(UnprocessableRequest.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("indicators");
                            assertThat(v.rule()).isEqualTo("the weights sum to 100, not 95");
                        }));
        IndicatorTemplate.requireSound(Indicators.general());
    }

    @Test
    void everyIndicatorHasSubIndicatorsWorthPointsUniqueCodesAndOneQuantityAndSatisfactionAtMost() {
        List<Indicator> bad = List.of(
                Indicators.indicator("A", IndicatorCategory.QUANTITY, 40, "A-1:0"),
                Indicators.indicator("B", IndicatorCategory.QUANTITY, 30, "A-1:5"),
                new Indicator("C", "C", IndicatorCategory.QUALITY, 30, null, List.of()));
        assertThatThrownBy(() -> IndicatorTemplate.requireSound(bad)).isInstanceOfSatisfying(UnprocessableRequest.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ": " + v.rule()).containsExactlyInAnyOrder(
                        "indicators[0].subIndicators[0].maxPoints: a sub-indicator is worth more than 0 points",
                        "indicators[1].subIndicators[0].code: codes are unique within a template",
                        "indicators[2].subIndicators: an indicator has at least one sub-indicator",
                        "indicators: at most one QUANTITY indicator"));
    }

    @Test
    void aPlanMovesWeightsWithinTheLimitAndKeepsTheSumAtOneHundred() {
        IndicatorTemplate template = Indicators.generalTemplate();
        EvaluationPlan plan = EvaluationPlan.of(template, Map.of("QUALITY", 35, "DEVELOPMENT", 5), new BigDecimal("0.7"), 5);
        assertThat(plan.indicators()).extracting(Indicator::weight).containsExactly(20, 35, 20, 20, 5);

        assertThatThrownBy(() -> EvaluationPlan.of(template, Map.of("QUALITY", 36, "FUNDS", 16, "DEVELOPMENT", 8), BigDecimal.ONE, 5))
                .isInstanceOfSatisfying(UnprocessableRequest.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.rule())
                        .containsExactly("weights.QUALITY: within 5 points of the template's 30 and above 0"));
        assertThatThrownBy(() -> EvaluationPlan.of(template, Map.of("QUALITY", 33), BigDecimal.ONE, 5))
                .isInstanceOfSatisfying(UnprocessableRequest.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.rule()).containsExactly("weights: the weights sum to 100, not 103"));
        assertThatThrownBy(() -> EvaluationPlan.of(template, Map.of("NOPE", 1), new BigDecimal("0.4"), 5))
                .isInstanceOfSatisfying(UnprocessableRequest.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("weights.NOPE", "agencyShare"));
    }
}
