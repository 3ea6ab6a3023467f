package org.govbuy.evaluation.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.evaluation.domain.AgencyDraw;
import org.govbuy.evaluation.domain.EvaluationRules;
import org.govbuy.evaluation.domain.GradeScale;
import org.govbuy.platform.time.CalendarConfig;

/** The evaluation rules as the domain reads them, from configuration. */
public class EvaluationRulesProducer {

    @Produces
    @Singleton
    EvaluationRules rules(EvaluationConfig config, CalendarConfig calendar) {
        EvaluationConfig.Rules r = config.rules();
        EvaluationConfig.Scale s = config.gradeScale();
        return new EvaluationRules(r.window(), r.objectionPeriod(), r.rectificationPeriod(), r.maxWeightAdjustment(),
                r.defaultAgencyShare(), r.minimumResponses(), r.defaultTemplate(),
                new GradeScale(s.version(), s.excellent(), s.good(), s.pass()),
                new AgencyDraw.Rules(config.draw().requiredQualification(), config.draw().maxOpenAssignments()),
                calendar.zone());
    }
}
