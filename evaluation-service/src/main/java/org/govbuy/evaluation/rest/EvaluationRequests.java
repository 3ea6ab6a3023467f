package org.govbuy.evaluation.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.evaluation.domain.Agency;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorCategory;
import org.govbuy.evaluation.service.Results;

/** Request bodies of evaluation-service. */
public final class EvaluationRequests {

    static final String USCC = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$";

    private EvaluationRequests() {
    }

    public record TemplateRequest(@NotBlank @Pattern(regexp = "^[A-Z0-9-]{1,60}$") String code,
            @NotBlank @Size(max = 200) String name, @NotEmpty @Size(max = 20) List<@NotNull @Valid IndicatorRequest> indicators) {

        List<Indicator> toIndicators() {
            return indicators.stream().map(i -> new Indicator(i.code(), i.name(), i.category(), i.weight(), i.guidance(),
                    i.subIndicators().stream().map(s -> new Indicator.SubIndicator(s.code(), s.name(), s.maxPoints(),
                            s.guidance())).toList())).toList();
        }
    }

    public record IndicatorRequest(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 200) String name,
            @NotNull IndicatorCategory category, @NotNull @Min(0) @Max(100) Integer weight, @Size(max = 2000) String guidance,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid SubIndicatorRequest> subIndicators) {
    }

    public record SubIndicatorRequest(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0.01") @Digits(integer = 4, fraction = 2) BigDecimal maxPoints,
            @Size(max = 2000) String guidance) {
    }

    public record AgencyRequest(@NotBlank @Pattern(regexp = "^[0-9A-Za-z-]{1,64}$") String id,
            @NotBlank @Size(max = 300) String name, @NotBlank @Pattern(regexp = USCC) String uscc,
            @NotBlank @Pattern(regexp = "^[0-9]{6}$") String region,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> qualifications,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 60) String> specialties,
            @NotNull @Size(max = 200) List<@NotBlank @Pattern(regexp = USCC) String> affiliations) {

        Agency toDraft() {
            Agency a = new Agency();
            a.id = id;
            a.name = name;
            a.uscc = uscc;
            a.region = region;
            a.qualifications = qualifications;
            a.specialties = specialties;
            a.affiliations = affiliations;
            return a;
        }
    }

    public record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    public record AdHocRequest(@NotNull UUID contractId, @NotNull LocalDate opensOn, @NotBlank @Size(max = 1000) String reason) {
    }

    public record PlanRequest(UUID templateId, @Size(max = 20) Map<@NotBlank String, @NotNull Integer> weights,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal agencyShare) {
    }

    public record CodesRequest(@NotNull @Min(1) @Max(2000) Integer count) {
    }

    public record ScoresRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid PointsRequest> scores) {
        List<Results.Points> toPoints() {
            return scores.stream().map(p -> new Results.Points(p.subIndicator(), p.points(), p.reason(),
                    p.evidence() == null ? List.of() : p.evidence())).toList();
        }
    }

    public record PointsRequest(@NotBlank @Size(max = 60) String subIndicator,
            @NotNull @Digits(integer = 4, fraction = 2) BigDecimal points, @NotBlank @Size(max = 2000) String reason,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidence) {
    }

    public record Text(@NotBlank @Size(max = 4000) String text) {
    }

    public record SurveyAnswer(@NotBlank @Size(max = 40) String code, @NotNull @Min(1) @Max(5) Integer satisfaction) {
    }
}
