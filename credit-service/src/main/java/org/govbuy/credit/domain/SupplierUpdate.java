package org.govbuy.credit.domain;

/** Fields of the register that may change; null means "unchanged". */
public record SupplierUpdate(String name, OrganisationType organisationType, String registrationAuthority,
        String region) {
}
