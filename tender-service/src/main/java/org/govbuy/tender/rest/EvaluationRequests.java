package org.govbuy.tender.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.tender.domain.ScoreSheet;

/** Request bodies of the committee's work on a lot. */
public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    public record Disqualification(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Sheet(@NotEmpty @Size(max = 5000) List<@NotNull @Valid ScoreRequest> scores) {

        List<ScoreSheet.Score> toScores() {
            return scores.stream().map(s -> new ScoreSheet.Score(s.bidId(), s.criterion().strip(), s.score())).toList();
        }
    }

    public record ScoreRequest(@NotNull UUID bidId, @NotBlank @Size(max = 200) String criterion,
            @NotNull @Digits(integer = 6, fraction = 2, message = "must have at most two decimals") BigDecimal score) {
    }

    public record JustificationDecision(@NotNull Boolean accepted, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The bidder's written justification of an abnormally low price. */
    public record Justification(@NotBlank @Size(max = 8000) String justification) {
    }

    /** The committee's report (评标报告) as it closes scoring. */
    public record Closing(@NotBlank @Size(max = 8000) String report) {
    }
}
