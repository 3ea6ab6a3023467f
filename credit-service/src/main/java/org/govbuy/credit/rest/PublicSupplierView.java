package org.govbuy.credit.rest;

import java.time.LocalDate;

import org.govbuy.credit.domain.CreditLevel;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.SupplierStatus;
import org.govbuy.credit.service.CreditReports;

/**
 * What anyone may read of a supplier (公开): its public profile, rating, credit level, and whether
 * it is debarred or on the abnormal list now. Never evidence, internal notes or audit fields.
 */
public record PublicSupplierView(String uscc, String name, OrganisationType organisationType,
        String registrationAuthority, LocalDate establishedOn, String region, SupplierStatus status,
        String rating, CreditLevel creditLevel, PublicDebarment debarment, PublicListing abnormalListing) {

    /** A debarment in force: from when, until when (first free day), why. */
    public record PublicDebarment(LocalDate startsOn, LocalDate until, String reason) {
    }

    public record PublicListing(LocalDate listedOn, String reason) {
    }

    static PublicSupplierView of(CreditReports.PublicStanding standing) {
        var supplier = standing.supplier();
        return new PublicSupplierView(supplier.uscc, supplier.name, supplier.organisationType,
                supplier.registrationAuthority, supplier.establishedOn, supplier.region, supplier.status,
                supplier.ratingLevel == RatingLevel.NONE ? null : supplier.ratingLevel.label(), supplier.creditLevel,
                standing.debarment().map(d -> new PublicDebarment(d.startsOn, d.effectiveEnd(), d.reason)).orElse(null),
                standing.listing().map(l -> new PublicListing(l.listedOn, l.reason)).orElse(null));
    }
}
