package org.govbuy.evaluation.config;

import java.math.BigDecimal;
import java.time.Period;

import io.smallrye.config.ConfigMapping;

/** {@code govbuy.evaluation.*}: the evaluation rules, the agency draw and the grade scale (defaults in application.properties). */
@ConfigMapping(prefix = "govbuy.evaluation")
public interface EvaluationConfig {

    Rules rules();

    Draw draw();

    Scale gradeScale();

    interface Rules {
        /** How long an evaluation's window stays open (default 30 days); unfinished after it, it is overdue. */
        Period window();

        /** How long the supplier has to object to a proposed result (default 10 days). */
        Period objectionPeriod();

        /** By when a failed supplier rectifies (整改), after which it is re-evaluated (default 60 days). */
        Period rectificationPeriod();

        /** How many points a plan may move each of a template's weights (default 5). */
        int maxWeightAdjustment();

        /** The agency's share of each assessed indicator unless the plan says otherwise (default 0.6). */
        BigDecimal defaultAgencyShare();

        /** The fewest survey responses a result is computed from (default 5). */
        int minimumResponses();

        /** The template code a new contract's plan starts with (default GENERAL, the latest version). */
        String defaultTemplate();
    }

    interface Draw {
        /** The qualification an agency must hold to be drawn. */
        String requiredQualification();

        /** How many open evaluations an agency may hold at once. */
        int maxOpenAssignments();
    }

    interface Scale {
        String version();

        BigDecimal excellent();

        BigDecimal good();

        BigDecimal pass();
    }
}
