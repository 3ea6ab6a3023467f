package org.govbuy.tender.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.tender.domain.CatalogueInheritance;
import org.govbuy.tender.domain.CatalogueVersionProjection;
import org.govbuy.tender.domain.PurchasableItem;
import org.govbuy.tender.messaging.CatalogueEventsV1.SubItemV1;
import org.govbuy.tender.messaging.CatalogueEventsV1.VersionPublishedV1;
import org.govbuy.tender.messaging.CatalogueEventsV1.VersionSupersededV1;

/**
 * tender-service's view of what may be bought: the sub-items of the catalogue in force per region
 * and fiscal year, kept from catalog-service's events, and the check purchase plans will use.
 */
@ApplicationScoped
public class PurchasableCatalogue {

    private static final Logger LOG = Logger.getLogger(PurchasableCatalogue.class);

    /** The answer to "may sub-item C be bought in region R in year Y". */
    public record Check(String region, int fiscalYear, String code, boolean purchasable, String reason,
            String catalogueRegion, java.util.UUID versionId, String nameZh, boolean excluded, String exclusionReason,
            boolean preferSocialOrganisations) {
    }

    /**
     * Takes a published version as the catalogue of its region and year. Versions are keyed by
     * their own id, so events of two versions may arrive in any order: an older publication never
     * replaces a newer one, and a version known to be superseded is not applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(IncomingEvent event, VersionPublishedV1 data) {
        Optional<CatalogueVersionProjection> known = CatalogueVersionProjection.findByIdOptional(data.versionId());
        if (known.isPresent() && "SUPERSEDED".equals(known.get().status)) {
            return;
        }
        Optional<CatalogueVersionProjection> newer = CatalogueVersionProjection.<CatalogueVersionProjection>find(
                "region = ?1 and fiscalYear = ?2 and status = 'PUBLISHED' and publishedAt > ?3", data.region(),
                data.fiscalYear(), data.publishedAt()).firstResultOptional();
        CatalogueVersionProjection version = known.orElseGet(CatalogueVersionProjection::new);
        version.versionId = data.versionId();
        version.region = data.region();
        version.fiscalYear = data.fiscalYear();
        version.status = "PUBLISHED";
        version.publishedAt = data.publishedAt();
        version.lastEventId = event.id();
        version.persist();
        if (newer.isPresent()) {
            LOG.infof("catalogue %s is older than %s for %s/%d; items kept", data.versionId(),
                    newer.get().versionId, data.region(), data.fiscalYear());
            return;
        }
        PurchasableItem.delete("region = ?1 and fiscalYear = ?2", data.region(), data.fiscalYear());
        PurchasableItem.flush();
        for (SubItemV1 subItem : data.subItems()) {
            item(data, subItem).persist();
        }
        LOG.infof("catalogue %s in force for %s/%d: %d sub-items", data.versionId(), data.region(),
                data.fiscalYear(), data.subItems().size());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void superseded(IncomingEvent event, VersionSupersededV1 data) {
        CatalogueVersionProjection version = CatalogueVersionProjection
                .<CatalogueVersionProjection>findByIdOptional(data.versionId()).orElseGet(() -> {
                    CatalogueVersionProjection unknown = new CatalogueVersionProjection();
                    unknown.versionId = data.versionId();
                    unknown.region = data.region();
                    unknown.fiscalYear = data.fiscalYear();
                    return unknown;
                });
        version.status = "SUPERSEDED";
        version.supersededBy = data.supersededBy();
        version.lastEventId = event.id();
        version.persist();
        // items of a superseded version leave only when the superseding one of the same year arrives
        PurchasableItem.delete("versionId = ?1 and fiscalYear = ?2 and exists (select 1 from "
                + "CatalogueVersionProjection v where v.versionId = ?3 and v.fiscalYear = ?2)",
                data.versionId(), data.fiscalYear(), data.supersededBy());
    }

    /**
     * Whether {@code code} may be bought in {@code region} in {@code fiscalYear}. The nearest
     * catalogue decides what is listed (ADR 9), but an exclusion at any level binds every level
     * below it: what a city or province excludes (reserved by law, national security) a district
     * cannot list back.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Check check(String region, int fiscalYear, String code) {
        Check nearest = null;
        for (String candidate : CatalogueInheritance.lookupOrder(region)) {
            List<PurchasableItem> catalogue = PurchasableItem.list("region = ?1 and fiscalYear = ?2", candidate,
                    fiscalYear);
            if (catalogue.isEmpty()) {
                continue;
            }
            Optional<PurchasableItem> item = catalogue.stream().filter(i -> i.code.equals(code)).findFirst();
            if (item.isPresent() && item.get().excluded) {
                PurchasableItem excluded = item.get();
                return new Check(region, fiscalYear, code, false, "EXCLUDED", candidate, excluded.versionId,
                        excluded.nameZh, true, excluded.exclusionReason, excluded.preferSocialOrganisations);
            }
            if (nearest == null) {
                nearest = item.map(i -> new Check(region, fiscalYear, code, true, "LISTED", candidate, i.versionId,
                        i.nameZh, false, null, i.preferSocialOrganisations))
                        .orElseGet(() -> new Check(region, fiscalYear, code, false, "NOT_IN_CATALOGUE", candidate,
                                catalogue.get(0).versionId, null, false, null, false));
            }
        }
        return nearest != null ? nearest
                : new Check(region, fiscalYear, code, false, "NO_CATALOGUE", null, null, null, false, null, false);
    }

    /**
     * The sub-item a plan buys, when it may be bought in {@code region} in {@code fiscalYear};
     * otherwise 422 on {@code field}, saying why (not listed, excluded, no catalogue yet).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PurchasableItem requirePurchasable(String field, String region, int fiscalYear, String code) {
        Check check = check(region, fiscalYear, code);
        if (!check.purchasable()) {
            throw new UnprocessableRequest(field, switch (check.reason()) {
                case "EXCLUDED" -> code + " is excluded from purchase by the catalogue of " + check.catalogueRegion()
                        + " (" + check.exclusionReason() + ")";
                case "NOT_IN_CATALOGUE" -> code + " is not in the " + fiscalYear + " catalogue in force for " + region;
                default -> "no catalogue is in force for " + region + " in " + fiscalYear;
            });
        }
        return PurchasableItem.findById(new PurchasableItem.Key(check.catalogueRegion(), fiscalYear, code));
    }

    private static PurchasableItem item(VersionPublishedV1 data, SubItemV1 subItem) {
        PurchasableItem item = new PurchasableItem();
        item.region = data.region();
        item.fiscalYear = data.fiscalYear();
        item.code = subItem.code();
        item.versionId = data.versionId();
        item.nameZh = subItem.nameZh();
        item.itemCode = subItem.itemCode();
        item.categoryCode = subItem.categoryCode();
        item.excluded = subItem.excluded();
        item.exclusionReason = subItem.exclusionReason();
        item.preferSocialOrganisations = subItem.preferSocialOrganisations();
        item.unit = subItem.unit();
        item.referencePriceMin = subItem.referencePriceMin();
        item.referencePriceMax = subItem.referencePriceMax();
        return item;
    }
}
