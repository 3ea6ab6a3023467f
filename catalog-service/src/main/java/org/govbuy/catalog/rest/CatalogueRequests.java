package org.govbuy.catalog.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.catalog.domain.EntryDraft;
import org.govbuy.catalog.domain.EntryLevel;
import org.govbuy.catalog.domain.ExclusionReason;

/** Request bodies of catalog-service. */
public final class CatalogueRequests {

    private CatalogueRequests() {
    }

    public record DraftVersion(
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit administrative division code")
            String region,
            @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^<>]*", message = "must not contain < or >") String title) {
    }

    public record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    public record RevisionNote(@Size(max = 1000) @Pattern(regexp = "[^<>]*", message = "must not contain < or >")
            String note) {
    }

    /** One entry, as in the JSON import; the catalogue rules check it against its version. */
    public record Entry(String code, EntryLevel level, String parentCode, String nameZh, String nameEn,
            String description, boolean excluded, ExclusionReason exclusionReason, boolean preferSocialOrganisations,
            List<String> departments, String unit, BigDecimal costLabour, BigDecimal costAdministration,
            BigDecimal costTax, BigDecimal costCapacityBuilding, BigDecimal costThirdPartyEvaluation,
            BigDecimal referencePriceMin, BigDecimal referencePriceMax, List<String> indicators) {

        /** The entry under {@code pathCode}, the code its URL names. */
        EntryDraft toDraft(String pathCode) {
            return new EntryDraft(pathCode, level, parentCode, nameZh, nameEn, description, excluded, exclusionReason,
                    preferSocialOrganisations, departments, unit, new EntryDraft.CostBasis(costLabour,
                            costAdministration, costTax, costCapacityBuilding, costThirdPartyEvaluation),
                    referencePriceMin, referencePriceMax, indicators);
        }
    }
}
