package org.govbuy.credit.domain;

import java.time.LocalDate;

/** The facts civil affairs enters to register a supplier, already validated field by field. */
public record SupplierRegistration(UnifiedSocialCreditCode uscc, String name, OrganisationType organisationType,
        String registrationAuthority, LocalDate establishedOn, String region) {
}
