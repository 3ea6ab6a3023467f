package org.govbuy.credit.rest;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.govbuy.credit.TestInfrastructure;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.testsupport.TestTokens;

/** The service checks every token itself: signature, issuer, audience, expiry, then the role. */
@QuarkusTest
class TokenValidationTest {

    private static TestTokens civilAffairs() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("civil-affairs").claim("region", "110108");
    }

    private static int registerWith(String authorization) {
        var request = given().contentType(ContentType.JSON)
                .body(TestSuppliers.registrationJson(TestSuppliers.newUscc(), "令牌测试协会"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/api/v1/suppliers").then().extract().statusCode();
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        org.assertj.core.api.Assertions.assertThat(registerWith(null)).isEqualTo(401);
    }

    @Test
    void aValidTokenWithTheRightRoleIsAccepted() {
        org.assertj.core.api.Assertions.assertThat(registerWith(civilAffairs().bearer())).isEqualTo(201);
    }

    @Test
    void aValidTokenWithoutTheRoleIs403() {
        org.assertj.core.api.Assertions.assertThat(registerWith(
                TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("purchaser", "supplier").bearer()))
                .isEqualTo(403);
    }

    @Test
    void aTokenForAnotherServiceIs401() {
        org.assertj.core.api.Assertions.assertThat(registerWith(
                TestTokens.forAudience("govbuy-tender").roles("civil-affairs").bearer())).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        org.assertj.core.api.Assertions.assertThat(registerWith(
                civilAffairs().issuer("https://attacker.example.com").bearer())).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        org.assertj.core.api.Assertions.assertThat(registerWith(
                civilAffairs().expiredAt(Instant.now().minusSeconds(60)).bearer())).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIs401() {
        org.assertj.core.api.Assertions.assertThat(registerWith(civilAffairs().signedWithForeignKey().bearer()))
                .isEqualTo(401);
    }

    @Test
    void aRoleGrantedByAnotherClientDoesNotCount() {
        String token = TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("supplier")
                .claim("resource_access", java.util.Map.of("govbuy-admin",
                        java.util.Map.of("roles", java.util.List.of("civil-affairs"))))
                .bearer();
        org.assertj.core.api.Assertions.assertThat(registerWith(token)).isEqualTo(403);
    }
}
