package org.govbuy.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored entry of a catalogue version; see {@link EntryDraft} for what each field means. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    /** Position in the version, so exports come out in the order they were entered. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 32)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public EntryLevel level;

    @Column(name = "parent_code", length = 32)
    public String parentCode;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", length = 200)
    public String nameEn;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false)
    public boolean excluded;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_reason", length = 40)
    public ExclusionReason exclusionReason;

    @Column(name = "prefer_social_organisations", nullable = false)
    public boolean preferSocialOrganisations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> departments;

    @Column(length = 40)
    public String unit;

    @Column(name = "cost_labour", precision = 18, scale = 2)
    public BigDecimal costLabour;

    @Column(name = "cost_administration", precision = 18, scale = 2)
    public BigDecimal costAdministration;

    @Column(name = "cost_tax", precision = 18, scale = 2)
    public BigDecimal costTax;

    @Column(name = "cost_capacity_building", precision = 18, scale = 2)
    public BigDecimal costCapacityBuilding;

    @Column(name = "cost_third_party_evaluation", precision = 18, scale = 2)
    public BigDecimal costThirdPartyEvaluation;

    @Column(name = "reference_price_min", precision = 18, scale = 2)
    public BigDecimal referencePriceMin;

    @Column(name = "reference_price_max", precision = 18, scale = 2)
    public BigDecimal referencePriceMax;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> indicators;

    protected CatalogueEntry() {
    }

    public static CatalogueEntry of(UUID versionId, int position, EntryDraft draft) {
        CatalogueEntry entry = new CatalogueEntry();
        entry.id = UUID.randomUUID();
        entry.versionId = versionId;
        entry.position = position;
        entry.code = draft.code();
        entry.level = draft.level();
        entry.parentCode = blankToNull(draft.parentCode());
        entry.nameZh = draft.nameZh().strip();
        entry.nameEn = blankToNull(draft.nameEn());
        entry.description = blankToNull(draft.description());
        entry.excluded = draft.excluded();
        entry.exclusionReason = draft.exclusionReason();
        entry.preferSocialOrganisations = draft.preferSocialOrganisations();
        entry.departments = draft.departments();
        entry.unit = blankToNull(draft.unit());
        EntryDraft.CostBasis cost = draft.costBasis() == null ? EntryDraft.CostBasis.NONE : draft.costBasis();
        entry.costLabour = cost.labour();
        entry.costAdministration = cost.administration();
        entry.costTax = cost.tax();
        entry.costCapacityBuilding = cost.capacityBuilding();
        entry.costThirdPartyEvaluation = cost.thirdPartyEvaluation();
        entry.referencePriceMin = draft.referencePriceMin();
        entry.referencePriceMax = draft.referencePriceMax();
        entry.indicators = draft.indicators();
        return entry;
    }

    public EntryDraft toDraft() {
        return new EntryDraft(code, level, parentCode, nameZh, nameEn, description, excluded, exclusionReason,
                preferSocialOrganisations, departments, unit, new EntryDraft.CostBasis(costLabour, costAdministration,
                        costTax, costCapacityBuilding, costThirdPartyEvaluation),
                referencePriceMin, referencePriceMax, indicators);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
