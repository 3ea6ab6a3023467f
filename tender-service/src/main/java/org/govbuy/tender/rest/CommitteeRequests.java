package org.govbuy.tender.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.tender.domain.Committee;
import org.govbuy.tender.domain.Expert;

/** Request bodies of the expert pool and the committees. */
public final class CommitteeRequests {

    private CommitteeRequests() {
    }

    /** A specialty is a catalogue code or a prefix of one (A07 covers every A07.xx sub-item). */
    static final String SPECIALTY = "[A-Za-z0-9][A-Za-z0-9.\\-]{0,31}";

    public record NewExpert(
            @NotBlank @Size(max = 200) String username,
            @NotBlank @Size(max = 100) String name,
            @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit division code") String region,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = SPECIALTY, message = "must be a catalogue code or its prefix") String> specialties,
            @NotNull @Size(max = 100) List<@NotNull @Valid AffiliationRequest> affiliations) {
    }

    public record AffiliationRequest(
            @NotNull @Pattern(regexp = TenderRequests.USCC, message = "must be a unified social credit code") String uscc,
            @NotBlank @Size(max = 100) String relation) {

        Expert.Affiliation toAffiliation() {
            return new Expert.Affiliation(uscc, relation.strip());
        }
    }

    public record Draw(
            @Min(1) @Max(51) Integer members,
            @NotNull @Size(max = 25) List<@NotNull @Valid RepresentativeRequest> purchaserRepresentatives) {
    }

    public record RepresentativeRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 100) String name) {

        Committee.Representative toRepresentative() {
            return new Committee.Representative(username.strip(), name.strip());
        }
    }

    /** 回避声明: no conflict, or a conflict with its description. */
    public record Declaration(@NotNull Boolean conflict, @Size(max = 2000) String description) {

        @AssertTrue(message = "a declared conflict is described (description)")
        public boolean isDescribedWhenDeclared() {
            return conflict == null || !conflict || description != null && !description.isBlank();
        }

        /** The conflict declared, or null for none. */
        String conflictDeclared() {
            return Boolean.TRUE.equals(conflict) ? description.strip() : null;
        }
    }
}
