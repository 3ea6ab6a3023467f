package org.govbuy.contract.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.contract.messaging.ContractEventsV1.ContractAmendedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractCompletedV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractFiledV1;
import org.govbuy.contract.messaging.ContractEventsV1.ContractTerminatedV1;
import org.govbuy.platform.feed.PublicChange;
import org.govbuy.platform.feed.PublicChanges;

/**
 * What contract-service puts in its public change feed (ADR 47): contracts once in force (合同公开)
 * with their key terms, amendments, terminations and completions. Never drafts, bank details, notes,
 * deliverable evidence or payments.
 */
@ApplicationScoped
public class PublicFeeds {

    public static final String CONTRACTS = "contracts";

    @Produces
    @Singleton
    PublicChanges publicChanges() {
        return PublicChanges.of(
                PublicChange.of(CONTRACTS, ContractFiledV1.TYPE, "contractId", "orgCode", "region", "fiscalYear",
                        "subItemCode", "title", "supplierUscc", "supplierName", "memberUsccs", "amount", "serviceStartsOn",
                        "serviceEndsOn", "fundingShares", "renewalOf", "filedAt"),
                PublicChange.of(CONTRACTS, ContractAmendedV1.TYPE, "contractId", "amendment", "reason", "amount",
                        "serviceEndsOn", "changedClauses", "filedAt"),
                PublicChange.of(CONTRACTS, ContractTerminatedV1.TYPE, "contractId", "supplierUscc", "cause", "terminatedOn"),
                PublicChange.of(CONTRACTS, ContractCompletedV1.TYPE, "contractId", "supplierUscc", "amount", "completedOn"));
    }
}
