package org.govbuy.catalog.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.govbuy.catalog.domain.CatalogueEntry;
import org.govbuy.catalog.domain.CatalogueVersion;
import org.govbuy.catalog.domain.EntryLevel;
import org.govbuy.catalog.domain.ExclusionReason;

/** Payloads of catalog.events (schemas: docs/events/catalog-events.yaml). */
public final class CatalogueEventsV1 {

    private CatalogueEventsV1() {
    }

    /**
     * A version was published; carries every sub-item with its flags and reference prices, so a
     * consumer can keep its own list of what may be bought in the region and year.
     */
    public record VersionPublishedV1(UUID versionId, String region, int fiscalYear, String title,
            Instant publishedAt, UUID supersedes, String revisionNote, List<SubItemV1> subItems) {
        public static final String TYPE = "govbuy.catalog.version.published.v1";

        public static VersionPublishedV1 of(CatalogueVersion version, UUID supersedes, List<CatalogueEntry> entries) {
            java.util.Map<String, CatalogueEntry> byCode = new java.util.HashMap<>();
            entries.forEach(e -> byCode.put(e.code, e));
            List<SubItemV1> subItems = entries.stream().filter(e -> e.level == EntryLevel.SUB_ITEM)
                    .map(e -> new SubItemV1(e.code, e.nameZh, e.nameEn, e.parentCode,
                            byCode.get(e.parentCode).parentCode, e.excluded, e.exclusionReason,
                            e.preferSocialOrganisations, e.departments, e.unit, e.referencePriceMin,
                            e.referencePriceMax, CostBasisV1.of(e)))
                    .toList();
            return new VersionPublishedV1(version.id, version.region, version.fiscalYear, version.title,
                    version.publishedAt, supersedes, version.revisionNote, subItems);
        }
    }

    public record SubItemV1(String code, String nameZh, String nameEn, String itemCode, String categoryCode,
            boolean excluded, ExclusionReason exclusionReason, boolean preferSocialOrganisations,
            List<String> departments, String unit, BigDecimal referencePriceMin, BigDecimal referencePriceMax,
            CostBasisV1 costBasis) {
    }

    /** Per-unit cost basis of a sub-item (labour, administration, tax, capacity building, evaluation). */
    public record CostBasisV1(BigDecimal labour, BigDecimal administration, BigDecimal tax,
            BigDecimal capacityBuilding, BigDecimal thirdPartyEvaluation) {
        static CostBasisV1 of(CatalogueEntry e) {
            return new CostBasisV1(e.costLabour, e.costAdministration, e.costTax, e.costCapacityBuilding,
                    e.costThirdPartyEvaluation);
        }
    }

    public record VersionSupersededV1(UUID versionId, String region, int fiscalYear, UUID supersededBy,
            Instant supersededAt) {
        public static final String TYPE = "govbuy.catalog.version.superseded.v1";
    }
}
