package org.govbuy.e2e;

import static io.restassured.RestAssured.given;

/** Access tokens of the demo users, from the real Keycloak, as a portal gets them. */
final class Keycloak {

    private Keycloak() {
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
