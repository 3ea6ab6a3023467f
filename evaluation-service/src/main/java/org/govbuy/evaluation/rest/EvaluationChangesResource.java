package org.govbuy.evaluation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

import org.govbuy.evaluation.config.PublicFeeds;
import org.govbuy.platform.feed.ChangeFeedResource;

/** Final evaluation results as a cursor-paged change feed, for systems that do not read Kafka (ADR 47). */
@Path("/api/v1/public/evaluations/changes")
@PermitAll
public class EvaluationChangesResource extends ChangeFeedResource {

    EvaluationChangesResource() {
        super(PublicFeeds.EVALUATIONS);
    }
}
