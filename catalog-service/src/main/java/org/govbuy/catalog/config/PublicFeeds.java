package org.govbuy.catalog.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.catalog.messaging.CatalogueEventsV1.VersionPublishedV1;
import org.govbuy.catalog.messaging.CatalogueEventsV1.VersionSupersededV1;
import org.govbuy.platform.feed.PublicChange;
import org.govbuy.platform.feed.PublicChanges;

/**
 * What catalog-service puts in its public change feed (ADR 47): published catalogue versions, whole,
 * and which version superseded which; never drafts or reviews.
 */
@ApplicationScoped
public class PublicFeeds {

    public static final String CATALOGUES = "catalogues";

    @Produces
    @Singleton
    PublicChanges publicChanges() {
        return PublicChanges.of(
                PublicChange.of(CATALOGUES, VersionPublishedV1.TYPE, "versionId", "region", "fiscalYear", "title",
                        "publishedAt", "supersedes", "revisionNote", "subItems"),
                PublicChange.of(CATALOGUES, VersionSupersededV1.TYPE, "versionId", "region", "fiscalYear",
                        "supersededBy", "supersededAt"));
    }
}
