package org.govbuy.credit.domain;

import java.time.LocalDate;

import org.govbuy.platform.text.NameText;

/**
 * The facts civil affairs enters to register a supplier, already validated field by field; names
 * are kept in their canonical form (see {@link NameText#canonical}).
 */
public record SupplierRegistration(UnifiedSocialCreditCode uscc, String name, OrganisationType organisationType,
        String registrationAuthority, LocalDate establishedOn, String region) {

    public SupplierRegistration {
        name = NameText.canonical(name);
        registrationAuthority = NameText.canonical(registrationAuthority);
    }
}
