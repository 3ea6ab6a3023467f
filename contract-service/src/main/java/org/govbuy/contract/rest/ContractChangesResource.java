package org.govbuy.contract.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

import org.govbuy.contract.config.PublicFeeds;
import org.govbuy.platform.feed.ChangeFeedResource;

/** Contracts in force, amended, ended as a cursor-paged change feed, for systems that do not read Kafka (ADR 47). */
@Path("/api/v1/public/contracts/changes")
@PermitAll
public class ContractChangesResource extends ChangeFeedResource {

    ContractChangesResource() {
        super(PublicFeeds.CONTRACTS);
    }
}
