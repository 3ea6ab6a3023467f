package org.govbuy.catalog;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.govbuy.testsupport.TestTokens;

/** catalog-service as its users call it: catalogue administrators and finance reviewers. */
public final class CatalogueApi {

    private CatalogueApi() {
    }

    /** Officials of the province the tests' regions (41xxxx) are in, so they act for all of them. */
    public static final String TEST_PROVINCE = "410000";

    public static RequestSpecification as(String user, String role) {
        return as(user, role, TEST_PROVINCE);
    }

    public static RequestSpecification as(String user, String role, String region) {
        return given().header("Authorization", TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject(user)
                .roles(role).claim("region", region).bearer()).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("admin.wu", "catalog-admin");
    }

    public static RequestSpecification reviewer() {
        return as("finance.zhang", "finance");
    }

    /** The pilot catalogue of seed 000 §六, as shipped with catalog-service. */
    public static String pilotCatalogue() {
        try (InputStream in = CatalogueApi.class.getResourceAsStream("/seed/pilot-catalogue.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String draft(String region, int year) {
        return admin().body("{\"region\":\"" + region + "\",\"fiscalYear\":" + year + ",\"title\":\"" + region
                + " 政府购买服务指导性目录 " + year + "\"}").post("/api/v1/catalogues").then().statusCode(201)
                .extract().path("id");
    }

    /** Drafts, fills with {@code entriesJson}, submits and has a second person approve. */
    public static String publish(String region, int year, String entriesJson) {
        String id = draft(region, year);
        admin().body(entriesJson).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200);
        admin().post("/api/v1/catalogues/" + id + "/submission").then().statusCode(200);
        reviewer().post("/api/v1/catalogues/" + id + "/approval").then().statusCode(200);
        return id;
    }
}
