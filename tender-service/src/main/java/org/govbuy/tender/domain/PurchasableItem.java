package org.govbuy.tender.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A sub-item (小项) of the catalogue in force for a region and fiscal year. */
@Entity
@Table(name = "purchasable_item")
@IdClass(PurchasableItem.Key.class)
public class PurchasableItem extends PanacheEntityBase {

    public record Key(String region, int fiscalYear, String code) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(length = 6)
    public String region;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    @Column(length = 32)
    public String code;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "item_code", length = 32)
    public String itemCode;

    @Column(name = "category_code", length = 32)
    public String categoryCode;

    @Column(nullable = false)
    public boolean excluded;

    @Column(name = "exclusion_reason", length = 40)
    public String exclusionReason;

    @Column(name = "prefer_social_organisations", nullable = false)
    public boolean preferSocialOrganisations;

    @Column(length = 40)
    public String unit;

    @Column(name = "reference_price_min", precision = 18, scale = 2)
    public BigDecimal referencePriceMin;

    @Column(name = "reference_price_max", precision = 18, scale = 2)
    public BigDecimal referencePriceMax;
}
