package org.govbuy.testsupport;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like the ones Keycloak issues in realm {@code govbuy}: realm roles in
 * {@code realm_access.roles}, GovBuy claims ({@code org_code}, {@code region}, {@code uscc},
 * {@code agency_id}) and the audience of the service client. Signed with the key that
 * {@code OidcWiremockTestResource} publishes, so services verify them for real.
 */
public final class TestTokens {

    /** The issuer that OidcWiremockTestResource announces in its discovery document. */
    public static final String ISSUER = "https://server.example.com";

    private final String audience;
    private String subject = "test-user";
    private String issuer = ISSUER;
    private List<String> roles = List.of();
    private final Map<String, Object> claims = new HashMap<>();
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
    private boolean foreignKey;

    private TestTokens(String audience) {
        this.audience = audience;
    }

    /** A token meant for the service whose client id is {@code audience}. */
    public static TestTokens forAudience(String audience) {
        return new TestTokens(audience);
    }

    public TestTokens subject(String value) {
        this.subject = value;
        return this;
    }

    public TestTokens roles(String... values) {
        this.roles = List.of(values);
        return this;
    }

    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public TestTokens issuer(String value) {
        this.issuer = value;
        return this;
    }

    public TestTokens expiredAt(Instant value) {
        this.expiresAt = value;
        return this;
    }

    /** Signs with a freshly generated key the server has never published. */
    public TestTokens signedWithForeignKey() {
        this.foreignKey = true;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(issuer)
                .subject(subject)
                .preferredUserName(subject)
                .audience(audience)
                .claim("azp", audience)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt);
        claims.forEach(builder::claim);
        if (!foreignKey) {
            return builder.jws().keyId("1").sign();
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder.jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Bearer …" for an Authorization header. */
    public String bearer() {
        return "Bearer " + sign();
    }
}
