package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The claims services authorize with (uscc, org_code, region, agency_id) come from user
 * attributes only an administrator may set. A supplier onboarded like any other — created with its
 * code, given the supplier role plus the realm's default roles, including account self-service —
 * cannot change them through the account API, and its next token says what it said before.
 */
@ExtendWith(WholeSuiteExtension.class)
class ClaimsSelfServiceIT {

    static WholeSuite suite;
    static String admin;

    @BeforeAll
    static void theSuiteIsUp(WholeSuite running) {
        suite = running;
        admin = "Bearer " + given().baseUri(suite.keycloakUrl()).formParam("client_id", "admin-cli")
                .formParam("grant_type", "password").formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    @Test
    void aSupplierCannotRewriteItsOwnAuthorizationClaims() {
        String civil = Keycloak.bearerFor(suite, "civil.haidian");
        String own = SupplierRegistrationIT.newUscc();
        String other = SupplierRegistrationIT.newUscc();
        for (String uscc : List.of(own, other)) {
            given().header("Authorization", civil).contentType(ContentType.JSON).body("""
                    {"uscc":"%s","name":"自助服务测试协会","organisationType":"SOCIAL_SERVICE_ORGANISATION",
                     "registrationAuthority":"北京市海淀区民政局","establishedOn":"2016-03-01","region":"110108"}"""
                    .formatted(uscc)).post("/api/v1/suppliers").then().statusCode(201);
        }
        String username = "supplier-" + UUID.randomUUID().toString().substring(0, 8);
        createUser("govbuy", username, Map.of("uscc", List.of(own), "region", List.of("110108")), "supplier");
        String token = userToken("govbuy", username);
        assertThat(claims(token).getString("uscc")).isEqualTo(own);

        // self-service itself works: the user may change what is theirs to change
        given().baseUri(suite.keycloakUrl()).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", username + "@govbuy.local", "firstName", "Zixuan",
                        "lastName", "Zhu", "attributes", Map.of("uscc", List.of(own), "region", List.of("110108"))))
                .post("/realms/govbuy/account/").then().statusCode(204);
        for (Map.Entry<String, String> attempt : Map.of("uscc", other, "org_code", "11010801", "region", "110000",
                "agency_id", "AGENCY-001").entrySet()) {
            int status = given().baseUri(suite.keycloakUrl()).header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON).body(Map.of("username", username, "email", username + "@govbuy.local",
                            "firstName", "Zixuan", "lastName", "Zhu", "attributes", attemptedAttributes(own,
                                    attempt.getKey(), attempt.getValue())))
                    .post("/realms/govbuy/account/").then().extract().statusCode();
            assertThat(status).as("changing " + attempt.getKey() + " through self-service").isBetween(400, 499);
        }

        JsonPath next = claims(userToken("govbuy", username));
        assertThat(next.getString("uscc")).isEqualTo(own);
        assertThat(next.getString("region")).isEqualTo("110108");
        assertThat(next.getString("org_code")).isNull();
        assertThat(next.getString("agency_id")).isNull();
        given().header("Authorization", "Bearer " + userToken("govbuy", username))
                .get("/api/v1/suppliers/" + other + "/credit-report").then().statusCode(403);
        given().header("Authorization", "Bearer " + userToken("govbuy", username))
                .get("/api/v1/suppliers/" + own + "/credit-report").then().statusCode(200);
    }

    @Test
    void theProductionRealmImportsAndRefusesThePasswordGrantAndClaimSelfService() throws Exception {
        String realm = "govbuy-production-check-" + UUID.randomUUID().toString().substring(0, 6);
        String document = Files.readString(suite.root.resolve("deploy/keycloak/govbuy-realm-production.json"),
                StandardCharsets.UTF_8).replace("${GOVBUY_PORTAL_URL}", "https://portal.example.gov.cn")
                .replace("\"realm\": \"govbuy\"", "\"realm\": \"" + realm + "\"");
        JsonPath production = JsonPath.from(document);
        assertThat(production.getBoolean("bruteForceProtected")).isTrue();
        assertThat(production.getString("sslRequired")).isEqualTo("all");
        assertThat(production.getList("users")).isEmpty();
        assertThat(production.getBoolean("clients.find { it.clientId == 'govbuy-portal' }.directAccessGrantsEnabled"))
                .isFalse();
        given().baseUri(suite.keycloakUrl()).header("Authorization", admin).contentType(ContentType.JSON)
                .body(document).post("/admin/realms").then().statusCode(201);
        try {
            String username = "supplier-" + UUID.randomUUID().toString().substring(0, 8);
            createUser(realm, username, Map.of("uscc", List.of("52110108MJ0000001Y")), "supplier");
            // plain HTTP is refused outright in production …
            given().baseUri(suite.keycloakUrl()).formParam("client_id", "govbuy-portal")
                    .formParam("grant_type", "password").formParam("username", username)
                    .formParam("password", "Demo-password-1234")
                    .post("/realms/" + realm + "/protocol/openid-connect/token").then().statusCode(403);
            // … and even where TLS is not enforced, the portal client has no password grant
            given().baseUri(suite.keycloakUrl()).header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("sslRequired", "none")).put("/admin/realms/" + realm).then().statusCode(204);
            given().baseUri(suite.keycloakUrl()).formParam("client_id", "govbuy-portal")
                    .formParam("grant_type", "password").formParam("username", username)
                    .formParam("password", "Demo-password-1234")
                    .post("/realms/" + realm + "/protocol/openid-connect/token").then().statusCode(400)
                    .body("error", org.hamcrest.Matchers.equalTo("unauthorized_client"));
            String profile = given().baseUri(suite.keycloakUrl()).header("Authorization", admin)
                    .get("/admin/realms/" + realm + "/users/profile").then().statusCode(200).extract().asString();
            JsonPath attributes = JsonPath.from(profile);
            for (String claim : List.of("uscc", "org_code", "region", "agency_id")) {
                assertThat(attributes.getList("attributes.find { it.name == '" + claim + "' }.permissions.edit"))
                        .as(claim + " is edited by administrators only").containsExactly("admin");
            }
            assertThat(attributes.getString("unmanagedAttributePolicy")).isNull();
        } finally {
            given().baseUri(suite.keycloakUrl()).header("Authorization", admin).delete("/admin/realms/" + realm);
        }
    }

    /** The user's own attributes with one changed or added. */
    private static Map<String, List<String>> attemptedAttributes(String own, String name, String value) {
        Map<String, List<String>> attributes = new java.util.HashMap<>(Map.of("uscc", List.of(own), "region",
                List.of("110108")));
        attributes.put(name, List.of(value));
        return attributes;
    }

    /** Creates a user as an onboarding official would: attributes, a role, the realm's default roles. */
    private static void createUser(String realm, String username, Map<String, List<String>> attributes, String role) {
        given().baseUri(suite.keycloakUrl()).header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "Zi",
                        "lastName", "Zhu", "email", username + "@govbuy.local", "attributes", attributes,
                        "credentials", List.of(Map.of("type", "password", "value", "Demo-password-1234",
                                "temporary", false))))
                .post("/admin/realms/" + realm + "/users").then().statusCode(201);
        String id = given().baseUri(suite.keycloakUrl()).header("Authorization", admin)
                .queryParam("username", username).queryParam("exact", true).get("/admin/realms/" + realm + "/users")
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> roleRepresentation = given().baseUri(suite.keycloakUrl()).header("Authorization", admin)
                .get("/admin/realms/" + realm + "/roles/" + role).then().statusCode(200).extract().as(Map.class);
        given().baseUri(suite.keycloakUrl()).header("Authorization", admin).contentType(ContentType.JSON)
                .body(List.of(roleRepresentation)).post("/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm")
                .then().statusCode(204);
    }

    private static String userToken(String realm, String username) {
        return given().baseUri(suite.keycloakUrl()).formParam("client_id", "govbuy-portal")
                .formParam("grant_type", "password").formParam("username", username)
                .formParam("password", "Demo-password-1234")
                .post("/realms/" + realm + "/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    private static JsonPath claims(String token) {
        String payload = token.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
