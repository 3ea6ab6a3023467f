package org.govbuy.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

import org.govbuy.catalog.config.PublicFeeds;
import org.govbuy.platform.feed.ChangeFeedResource;

/** Published catalogue versions as a cursor-paged change feed, for systems that do not read Kafka (ADR 47). */
@Path("/api/v1/public/catalogues/changes")
@PermitAll
public class CatalogueChangesResource extends ChangeFeedResource {

    CatalogueChangesResource() {
        super(PublicFeeds.CATALOGUES);
    }
}
