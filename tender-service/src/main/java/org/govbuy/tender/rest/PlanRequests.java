package org.govbuy.tender.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.tender.domain.Money;
import org.govbuy.tender.domain.PlanContent;
import org.govbuy.tender.domain.ProcurementMethod;

/** Request bodies of the plan API. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /** A plan as the purchaser writes it (for a draft and for a revision). */
    public record PlanRequest(
            @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.\\-]{0,31}", message = "must be a catalogue code") String subItemCode,
            @NotBlank @Size(max = 4000) String content,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 16, fraction = 2) BigDecimal quantity,
            @NotBlank @Size(max = 40) String unit,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 16, fraction = 2, message = "must be an amount in CNY with at most two decimals") BigDecimal budget,
            @NotBlank @Size(max = 2000) String priceBasis,
            @Size(max = 2000) String budgetReason,
            @NotBlank @Size(max = 4000) String feasibility,
            @NotBlank @Size(max = 4000) String goals,
            @NotBlank @Size(max = 4000) String performanceStandards,
            @NotNull ProcurementMethod proposedMethod,
            @Size(max = 2000) String methodJustification) {

        PlanContent toContent() {
            return new PlanContent(fiscalYear, subItemCode.strip(), content.strip(), quantity, unit.strip(),
                    new Money(budget), priceBasis.strip(), strip(budgetReason), feasibility.strip(), goals.strip(),
                    performanceStandards.strip(), proposedMethod, strip(methodJustification));
        }
    }

    public record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
