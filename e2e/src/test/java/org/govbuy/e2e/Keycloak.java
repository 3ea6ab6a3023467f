package org.govbuy.e2e;

import static io.restassured.RestAssured.given;

/** Access tokens of the demo users, from the real Keycloak, as a portal gets them. */
final class Keycloak {

    private Keycloak() {
    }

    /**
     * Creates logins in realm govbuy through Keycloak's admin API, in one partial import: each with
     * password {@code govbuy}, one realm role and the given attributes (the GovBuy claims).
     */
    static void createUsers(WholeSuite suite, String role, java.util.Map<String, java.util.Map<String, String>> attributesByUsername) {
        String admin = given().baseUri(suite.keycloakUrl())
                .formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        java.util.List<java.util.Map<String, Object>> users = attributesByUsername.entrySet().stream()
                .map(user -> java.util.Map.<String, Object>of(
                        "username", user.getKey(), "enabled", true, "emailVerified", true,
                        "firstName", "E2E", "lastName", user.getKey(), "email", user.getKey() + "@govbuy.local",
                        "credentials", java.util.List.of(java.util.Map.of("type", "password", "value", "govbuy", "temporary", false)),
                        "realmRoles", java.util.List.of(role),
                        "attributes", user.getValue().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                                java.util.Map.Entry::getKey, e -> java.util.List.of(e.getValue())))))
                .toList();
        given().baseUri(suite.keycloakUrl()).header("Authorization", "Bearer " + admin)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("ifResourceExists", "FAIL", "users", users))
                .post("/admin/realms/govbuy/partialImport").then().statusCode(200);
    }

    static String bearerFor(WholeSuite suite, String username) {
        String token = given().baseUri(suite.keycloakUrl())
                .formParam("client_id", "govbuy-portal").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", "govbuy")
                .when().post("/realms/govbuy/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return "Bearer " + token;
    }
}
