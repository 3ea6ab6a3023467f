package org.govbuy.catalog.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One catalogue entry as entered or imported, before validation. Sub-item fields (flags, unit,
 * cost basis, price range, indicators) are empty for categories and items.
 *
 * @param costBasis per-unit cost basis (seed 003 §四.2): labour, administration, tax, capacity
 *                  building and third-party evaluation, as amounts in CNY
 */
public record EntryDraft(String code, EntryLevel level, String parentCode, String nameZh, String nameEn,
        String description, boolean excluded, ExclusionReason exclusionReason, boolean preferSocialOrganisations,
        List<String> departments, String unit, CostBasis costBasis, BigDecimal referencePriceMin,
        BigDecimal referencePriceMax, List<String> indicators) {

    public EntryDraft {
        departments = departments == null ? List.of() : List.copyOf(departments);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** Cost basis of a sub-item, per unit, in CNY. Any part may be absent. */
    public record CostBasis(BigDecimal labour, BigDecimal administration, BigDecimal tax, BigDecimal capacityBuilding,
            BigDecimal thirdPartyEvaluation) {

        public static final CostBasis NONE = new CostBasis(null, null, null, null, null);

        public List<BigDecimal> parts() {
            return java.util.Arrays.asList(labour, administration, tax, capacityBuilding, thirdPartyEvaluation);
        }
    }
}
