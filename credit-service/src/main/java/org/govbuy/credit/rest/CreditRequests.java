package org.govbuy.credit.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.credit.domain.Affiliation;
import org.govbuy.credit.domain.ComplianceKind;
import org.govbuy.credit.domain.CreditRecordKind;
import org.govbuy.credit.domain.InspectionResult;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.RecordSource;
import org.govbuy.credit.domain.Severity;

/** Request bodies of credit-service, validated field by field (400 names each field and rule). */
public final class CreditRequests {

    /**
     * Names of organisations and authorities: letters of any script, digits, spaces and the
     * punctuation real names use (brackets, middle dot, comma, 、, &, hyphen, apostrophe). Markup
     * and SQL punctuation (< > ; " \ and "--") are refused outright.
     * Names as real organisations write them keep their quotes and title marks (“”《》).
     */
    static final String NO_MARKUP = "(?!.*--)[\\p{L}\\p{N}\\p{M} ()（）·.,，、&'’‘“”《》〈〉「」:：\\-]*";
    static final String NO_MARKUP_MESSAGE = "may contain letters, digits, spaces and ()（）·.,，、&'‘’“”《》〈〉「」:：- only";
    static final String USCC = "[0-9A-Z]{18}";

    private CreditRequests() {
    }

    /** PATCH body: only the fields given change. */
    public record UpdateSupplier(
            @Size(min = 1, max = 200) @Pattern(regexp = NO_MARKUP, message = NO_MARKUP_MESSAGE) String name,
            OrganisationType organisationType,
            @Size(min = 1, max = 100) @Pattern(regexp = NO_MARKUP, message = NO_MARKUP_MESSAGE)
            String registrationAuthority,
            @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit administrative division code") String region) {
    }

    /**
     * A publication as it happened: the moment (with its offset, e.g. {@code 2026-03-31T23:30+08:00})
     * and where it was published (a web address or the name of the outlet).
     */
    public record Publication(@NotNull OffsetDateTime publishedAt,
            @NotBlank @Size(max = 500) @Pattern(regexp = "[^<>\\p{Cntrl}]*",
                    message = "a web address or the name of the outlet, without < > or control characters")
            String publishedWhere) {
    }

    public record Statement(@NotBlank @Size(max = 2000) String statement) {
    }

    /** The authority's decision on a notified listing: list (true) or withdraw (false), with reasons. */
    public record ListingDecision(@NotNull Boolean list, @NotBlank @Size(max = 1000) String reason) {
    }

    public record RepairApplication(@NotBlank @Size(max = 2000) String statement,
            @NotBlank @Size(max = 500) String evidenceReference) {
    }

    /** A contest or repair application (信用修复): why, and optionally the proof. */
    public record Contest(@NotBlank @Size(max = 1000) String reason, @Size(max = 500) String evidenceReference) {
    }

    public record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    public record AddAffiliate(
            @NotNull @Pattern(regexp = USCC, message = "must be an 18-character unified social credit code")
            String affiliateUscc,
            @NotNull Affiliation.Relation relation) {
    }

    public record Rate(@NotNull RatingLevel level, @NotNull LocalDate ratedOn,
            @NotBlank @Size(max = 100) @Pattern(regexp = NO_MARKUP, message = NO_MARKUP_MESSAGE) String authority) {
    }

    /** {@code concludedOn}: the day of the conclusion; today when absent. */
    public record RecordInspection(@NotNull InspectionResult result, LocalDate concludedOn) {
    }

    public record RecordCompliance(@NotNull ComplianceKind kind, @NotNull Boolean inGoodStanding,
            @NotNull LocalDate asOf, @NotBlank @Size(max = 300) String evidenceReference) {
    }

    public record EnterCreditRecord(@NotNull CreditRecordKind kind, @NotNull Severity severity,
            @NotNull RecordSource source, @NotBlank @Size(max = 300) String evidenceReference,
            @NotBlank @Size(max = 1000) String reason, @NotNull LocalDate occurredOn, LocalDate decidedOn,
            LocalDate countsUntil) {
    }

    public record CorrectCreditRecord(@NotNull Severity severity, @NotNull LocalDate occurredOn, LocalDate decidedOn,
            LocalDate countsUntil, @NotBlank @Size(max = 1000) String reason) {
    }

    public record ChangeToDisclose(@NotBlank @Size(max = 300) String whatChanged, @NotNull LocalDate changedOn) {
    }

    public record CorrectionNotice(@NotNull LocalDate issuedOn, @NotNull LocalDate deadline) {
    }

    public record Paging(@Min(0) int page, @Min(1) @Max(200) int size) {
    }
}
