package org.govbuy.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;

/**
 * Typed access to the GovBuy claims of the caller's token: {@code org_code} (the purchasing
 * department), {@code region} (6-digit division code), {@code uscc} (the supplier's unified social
 * credit code) and {@code agency_id} (the evaluation agency). Empty when the claim is absent.
 */
@RequestScoped
public class GovBuyClaims {

    private final JsonWebToken token;

    GovBuyClaims(JsonWebToken token) {
        this.token = token;
    }

    public Optional<String> orgCode() {
        return claim("org_code");
    }

    public Optional<String> region() {
        return claim("region");
    }

    public Optional<String> uscc() {
        return claim("uscc");
    }

    public Optional<String> agencyId() {
        return claim("agency_id");
    }

    /**
     * Refuses (403) a write for a region outside the caller's jurisdiction ({@link Jurisdiction}):
     * a district's official acts for that district, a city's for its districts too.
     */
    public void requireActsFor(String region) {
        String own = region().orElseThrow(() -> new ForbiddenException("the token names no region (claim region)"));
        if (!Jurisdiction.covers(own, region)) {
            throw new ForbiddenException("an official of region " + own + " does not act for region " + region);
        }
    }

    /** The login name ({@code preferred_username}): how people who act in person (experts) are named in records. */
    public Optional<String> username() {
        return claim("preferred_username");
    }

    /** Who acted, for audit fields: the token's subject, else its preferred user name. */
    public String actor() {
        return Optional.ofNullable(token.getSubject()).or(() -> claim("preferred_username")).orElse("anonymous");
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
