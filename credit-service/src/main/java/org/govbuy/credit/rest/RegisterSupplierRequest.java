package org.govbuy.credit.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.credit.domain.OrganisationType;

/** Body of {@code POST /api/v1/suppliers}. */
public record RegisterSupplierRequest(
        @NotBlank @Size(min = 18, max = 18, message = "must be exactly 18 characters") String uscc,
        @NotBlank @Size(max = 200) @Pattern(regexp = CreditRequests.NO_MARKUP, message = CreditRequests.NO_MARKUP_MESSAGE)
        String name,
        @NotNull OrganisationType organisationType,
        @NotBlank @Size(max = 100) @Pattern(regexp = CreditRequests.NO_MARKUP,
                message = CreditRequests.NO_MARKUP_MESSAGE) String registrationAuthority,
        @NotNull LocalDate establishedOn,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit administrative division code")
        String region) {
}
