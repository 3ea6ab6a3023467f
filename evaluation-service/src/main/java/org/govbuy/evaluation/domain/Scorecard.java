package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * Combines an evaluation's parts into its score by the plan's rules. Each indicator contributes
 * its weight times the share it achieved:
 * <ul>
 * <li>quantity, where the contract has deliverables: {@link QuantityAchievement};</li>
 * <li>satisfaction: the survey's mean over the maximum, 5;</li>
 * <li>every other indicator: the agency's points over the points available, times the plan's agency
 * share, plus the purchaser's, times the rest.</li>
 * </ul>
 * Shares are kept to 10 places; the total is rounded half up to 2 places, and graded by the scale.
 */
public final class Scorecard {

    static final int SCALE = 10;

    /** What the indicators were scored from. {@code quantityShare} is null when the contract has no deliverables. */
    public record Inputs(Map<String, BigDecimal> agencyPoints, Map<String, BigDecimal> purchaserPoints,
            BigDecimal quantityShare, BigDecimal satisfactionShare) {
    }

    /** One indicator's part in the score: how it was measured, its share and its points. */
    public record Line(String indicator, String name, int weight, String measuredBy, BigDecimal share, BigDecimal points) {
    }

    public record Result(List<Line> lines, BigDecimal score, Grade grade, String gradeScaleVersion) {
    }

    private Scorecard() {
    }

    public static Result score(EvaluationPlan plan, Inputs inputs, GradeScale scale) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : plan.indicators()) {
            BigDecimal share;
            String measuredBy;
            if (indicator.category() == IndicatorCategory.QUANTITY && inputs.quantityShare() != null) {
                share = inputs.quantityShare();
                measuredBy = "DELIVERABLES";
            } else if (indicator.category() == IndicatorCategory.SATISFACTION) {
                if (inputs.satisfactionShare() == null) {
                    throw new IllegalTransitionException("indicator " + indicator.code()
                            + " is measured by the recipients' survey, which has no responses yet");
                }
                share = inputs.satisfactionShare();
                measuredBy = "SURVEY";
            } else {
                BigDecimal agency = assessedShare(indicator, inputs.agencyPoints(), Assessor.AGENCY);
                BigDecimal purchaser = assessedShare(indicator, inputs.purchaserPoints(), Assessor.PURCHASER);
                share = agency.multiply(plan.agencyShare())
                        .add(purchaser.multiply(BigDecimal.ONE.subtract(plan.agencyShare())))
                        .setScale(SCALE, RoundingMode.HALF_UP);
                measuredBy = "ASSESSMENT";
            }
            BigDecimal points = share.multiply(BigDecimal.valueOf(indicator.weight()));
            total = total.add(points);
            lines.add(new Line(indicator.code(), indicator.name(), indicator.weight(), measuredBy,
                    share.setScale(4, RoundingMode.HALF_UP), points.setScale(2, RoundingMode.HALF_UP)));
        }
        BigDecimal score = total.setScale(2, RoundingMode.HALF_UP);
        return new Result(List.copyOf(lines), score, scale.grade(score), scale.version());
    }

    /** The sub-indicators an assessor scores: all of the assessed indicators', and quantity's when there are no deliverables. */
    public static List<Indicator.SubIndicator> assessed(EvaluationPlan plan, boolean hasDeliverables) {
        return plan.indicators().stream()
                .filter(i -> i.category() != IndicatorCategory.SATISFACTION
                        && !(i.category() == IndicatorCategory.QUANTITY && hasDeliverables))
                .flatMap(i -> i.subIndicators().stream()).toList();
    }

    private static BigDecimal assessedShare(Indicator indicator, Map<String, BigDecimal> points, Assessor assessor) {
        BigDecimal awarded = BigDecimal.ZERO;
        for (Indicator.SubIndicator sub : indicator.subIndicators()) {
            BigDecimal p = points.get(sub.code());
            if (p == null) {
                throw new IllegalTransitionException("the " + assessor.name().toLowerCase() + " has not scored "
                        + sub.code() + " (" + sub.name() + ")");
            }
            awarded = awarded.add(p);
        }
        return awarded.divide(indicator.maxPoints(), SCALE, RoundingMode.HALF_UP);
    }
}
