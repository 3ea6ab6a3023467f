package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The evaluation rules as configured: how long a window stays open, how long the supplier has to
 * object, the rectification period, how far a plan may move a template's weights, the agency's
 * default share, the survey's minimum responses, the default template, and the grade scale.
 */
public record EvaluationRules(Period window, Period objectionPeriod, Period rectificationPeriod, int maxWeightAdjustment,
        BigDecimal defaultAgencyShare, int minimumResponses, String defaultTemplate, GradeScale gradeScale,
        AgencyDraw.Rules draw, ZoneId zone) {

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The first moment of {@code day} in the rules' zone (China Standard Time). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
