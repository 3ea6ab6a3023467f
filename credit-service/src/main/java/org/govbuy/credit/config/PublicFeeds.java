package org.govbuy.credit.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.credit.messaging.CreditEventsV1.AbnormalClearedV1;
import org.govbuy.credit.messaging.CreditEventsV1.AbnormalListedV1;
import org.govbuy.credit.messaging.CreditEventsV1.CreditLevelChangedV1;
import org.govbuy.credit.messaging.CreditEventsV1.RatingChangedV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierDebarredV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierDeregisteredV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierReinstatedV1;
import org.govbuy.credit.messaging.SupplierRegisteredV1;
import org.govbuy.platform.feed.PublicChange;
import org.govbuy.platform.feed.PublicChanges;

/**
 * What credit-service puts in its public change feed (ADR 47): what the public supplier profile
 * shows: registrations, deregistrations, ratings, credit levels (not the score), debarments and
 * abnormal listings. Never credit records, evidence, tax or social-insurance standing, notices or
 * what a supplier said in its defence.
 */
@ApplicationScoped
public class PublicFeeds {

    public static final String SUPPLIERS = "suppliers";

    @Produces
    @Singleton
    PublicChanges publicChanges() {
        return PublicChanges.of(
                PublicChange.of(SUPPLIERS, SupplierRegisteredV1.TYPE, "uscc", "name", "organisationType",
                        "registrationAuthority", "establishedOn", "region", "status", "registeredAt", "creditLevel"),
                PublicChange.of(SUPPLIERS, SupplierDeregisteredV1.TYPE, "uscc", "deregisteredOn"),
                PublicChange.of(SUPPLIERS, RatingChangedV1.TYPE, "uscc", "previousLevel", "level", "ratedOn", "authority"),
                PublicChange.of(SUPPLIERS, CreditLevelChangedV1.TYPE, "uscc", "previousLevel", "level", "asOf"),
                PublicChange.of(SUPPLIERS, SupplierDebarredV1.TYPE, "uscc", "startsOn", "endsOn", "reason"),
                PublicChange.of(SUPPLIERS, SupplierReinstatedV1.TYPE, "uscc", "reinstatedOn"),
                PublicChange.of(SUPPLIERS, AbnormalListedV1.TYPE, "uscc", "listedOn", "reason"),
                PublicChange.of(SUPPLIERS, AbnormalClearedV1.TYPE, "uscc", "clearedOn"));
    }
}
