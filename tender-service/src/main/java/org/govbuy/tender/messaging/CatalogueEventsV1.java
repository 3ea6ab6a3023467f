package org.govbuy.tender.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** tender-service's copies of the catalog.events shapes it reads (docs/events/catalog-events.yaml). */
public final class CatalogueEventsV1 {

    private CatalogueEventsV1() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionPublishedV1(UUID versionId, String region, int fiscalYear, Instant publishedAt,
            List<SubItemV1> subItems) {
        public static final String TYPE = "govbuy.catalog.version.published.v1";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubItemV1(String code, String nameZh, String itemCode, String categoryCode, boolean excluded,
            String exclusionReason, boolean preferSocialOrganisations, String unit, BigDecimal referencePriceMin,
            BigDecimal referencePriceMax) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionSupersededV1(UUID versionId, String region, int fiscalYear, UUID supersededBy,
            Instant supersededAt) {
        public static final String TYPE = "govbuy.catalog.version.superseded.v1";
    }
}
