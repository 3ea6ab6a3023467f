package org.govbuy.evaluation.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.evaluation.messaging.EvaluationEventsV1.EvaluationCompletedV1;
import org.govbuy.platform.feed.PublicChange;
import org.govbuy.platform.feed.PublicChanges;

/**
 * What evaluation-service puts in its public change feed (ADR 47): final results, with what the
 * public result page shows; never evidence, scores per indicator or survey answers.
 */
@ApplicationScoped
public class PublicFeeds {

    public static final String EVALUATIONS = "evaluations";

    @Produces
    @Singleton
    PublicChanges publicChanges() {
        return PublicChanges.of(PublicChange.of(EVALUATIONS, EvaluationCompletedV1.TYPE, "evaluationId", "contractId",
                "supplierUscc", "type", "reEvaluation", "grade", "score", "rectificationRequired", "completedOn",
                "gradeScaleVersion"));
    }
}
