package org.govbuy.credit.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

import org.govbuy.credit.config.PublicFeeds;
import org.govbuy.platform.feed.ChangeFeedResource;

/** Public supplier profile changes as a cursor-paged change feed, for systems that do not read Kafka (ADR 47). */
@Path("/api/v1/public/suppliers/changes")
@PermitAll
public class SupplierChangesResource extends ChangeFeedResource {

    SupplierChangesResource() {
        super(PublicFeeds.SUPPLIERS);
    }
}
