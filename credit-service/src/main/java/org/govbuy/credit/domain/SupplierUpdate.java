package org.govbuy.credit.domain;

import org.govbuy.platform.text.NameText;

/** Fields of the register that may change; null means "unchanged". Names in canonical form. */
public record SupplierUpdate(String name, OrganisationType organisationType, String registrationAuthority,
        String region) {

    public SupplierUpdate {
        name = NameText.canonical(name);
        registrationAuthority = NameText.canonical(registrationAuthority);
    }
}
