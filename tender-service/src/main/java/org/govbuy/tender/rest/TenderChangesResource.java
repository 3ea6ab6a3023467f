package org.govbuy.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

import org.govbuy.tender.config.PublicFeeds;
import org.govbuy.platform.feed.ChangeFeedResource;

/** Published tenders, openings and awards as a cursor-paged change feed, for systems that do not read Kafka (ADR 47). */
@Path("/api/v1/public/tenders/changes")
@PermitAll
public class TenderChangesResource extends ChangeFeedResource {

    TenderChangesResource() {
        super(PublicFeeds.TENDERS);
    }
}
