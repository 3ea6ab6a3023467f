package org.govbuy.tender.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.tender.domain.AwardChallenge;

/** Request bodies of challenges, their answers and declining an award. */
public final class AwardRequests {

    private AwardRequests() {
    }

    /** 质疑: grounds (published) and evidence (for the purchaser and oversight only). */
    public record Challenge(@NotBlank @Size(max = 4000) String grounds, @NotBlank @Size(max = 8000) String evidence) {
    }

    /** The purchaser's answer; an upheld challenge says what follows (RESCORE or FAIL). */
    public record ChallengeAnswer(@NotNull Boolean upheld, @NotBlank @Size(max = 4000) String answer,
            AwardChallenge.Resolution resolution) {
    }

    public record Declination(@NotBlank @Size(max = 2000) String reason) {
    }
}
