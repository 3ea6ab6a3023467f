package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.tender.domain.EvaluationMethod;
import org.govbuy.tender.domain.Money;
import org.govbuy.tender.domain.ProcurementMethod;
import org.govbuy.tender.domain.Rating;
import org.govbuy.tender.domain.SupplierKind;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.domain.TenderTerms;

/** Request bodies of the tender and bid APIs. */
public final class TenderRequests {

    private TenderRequests() {
    }

    static final String USCC = "[0-9A-HJ-NPQRTUWXY]{18}";

    public record CriterionRequest(@NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2) BigDecimal maxScore,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2) BigDecimal weight) {
    }

    public record EvaluationRequest(@NotNull EvaluationMethod.Kind method,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal priceWeight,
            @Size(max = 30) List<@Valid @NotNull CriterionRequest> criteria,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal creditWeight) {

        EvaluationMethod toMethod() {
            return new EvaluationMethod(method, priceWeight, criteria == null ? List.of()
                    : criteria.stream().map(c -> new EvaluationMethod.Criterion(c.name().strip(), c.maxScore(), c.weight())).toList(),
                    creditWeight);
        }
    }

    /** What the announcement states (for a draft, a revision and an amendment). */
    public record TermsRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String content,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) BigDecimal quantity,
            @NotBlank @Size(max = 40) String unit,
            @NotNull LocalDate serviceStartsOn,
            @NotNull LocalDate serviceEndsOn,
            Set<@NotNull SupplierKind> admittedTypes,
            Rating minimumRating,
            @Size(max = 4000) String otherRequirements,
            @NotNull @Valid EvaluationRequest evaluation,
            @NotBlank @Size(max = 4000) String paymentTerms,
            @NotBlank @Size(max = 4000) String performanceStandards,
            @NotNull OffsetDateTime bidDeadline,
            @NotNull OffsetDateTime openingAt,
            boolean consortiumAllowed,
            boolean stableService,
            TenderTerms.AbandonmentRule onAbandonment) {

        TenderTerms toTerms() {
            return new TenderTerms(title.strip(), content.strip(), quantity, unit.strip(), serviceStartsOn, serviceEndsOn,
                    admittedTypes, minimumRating, PlanRequests.strip(otherRequirements), evaluation.toMethod(),
                    paymentTerms.strip(), performanceStandards.strip(), bidDeadline.toInstant(), openingAt.toInstant(),
                    consortiumAllowed, stableService, onAbandonment);
        }
    }

    public record LotRequest(@NotBlank @Size(max = 200) String title,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must be an amount in CNY with at most two decimals") BigDecimal budget) {
    }

    public record NewTender(
            @NotNull UUID planId,
            @NotNull ProcurementMethod method,
            @NotNull @Valid TermsRequest terms,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull LotRequest> lots,
            @Size(max = 100) List<@NotNull @Pattern(regexp = USCC, message = "must be a unified social credit code") String> invitedSuppliers,
            @Pattern(regexp = USCC, message = "must be a unified social credit code") String singleSourceSupplier,
            @Size(max = 2000) String singleSourceReason) {

        List<Tender.LotDraft> lotDrafts() {
            return lots.stream().map(l -> new Tender.LotDraft(l.title().strip(), new Money(l.budget()))).toList();
        }

        List<String> namedSuppliers() {
            if (singleSourceSupplier != null) {
                return List.of(singleSourceSupplier);
            }
            return invitedSuppliers == null ? List.of() : invitedSuppliers;
        }
    }

    /** Buying a failed lot again: the same method by default, or another with the reason for switching. */
    public record ReTenderRequest(
            ProcurementMethod method,
            @Size(max = 2000) String reason,
            @Size(max = 100) List<@NotNull @Pattern(regexp = USCC, message = "must be a unified social credit code") String> invitedSuppliers,
            @Pattern(regexp = USCC, message = "must be a unified social credit code") String singleSourceSupplier,
            @Size(max = 2000) String singleSourceReason) {

        List<String> namedSuppliers() {
            if (singleSourceSupplier != null) {
                return List.of(singleSourceSupplier);
            }
            return invitedSuppliers == null ? List.of() : invitedSuppliers;
        }
    }

    public record AmendmentRequest(@NotBlank @Size(max = 4000) String description, @NotNull @Valid TermsRequest terms) {
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Question(@NotBlank @Size(max = 4000) String question) {
    }

    public record Answer(@NotBlank @Size(max = 4000) String answer) {
    }

    public record ObjectionRequest(@NotBlank @Size(max = 4000) String grounds) {
    }

    public record BidRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 16, fraction = 2, message = "must be an amount in CNY with at most two decimals") BigDecimal price,
            @NotBlank String proposal,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> declarations,
            @Size(max = 20) List<@NotNull @Pattern(regexp = USCC, message = "must be a unified social credit code") String> members,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> documents) {
    }
}
