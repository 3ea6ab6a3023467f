package org.govbuy.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.govbuy.catalog.CatalogueApi;

/**
 * Public answers are served from memory until this instance commits a change, and not a moment
 * longer. The proof edits the database behind the service's back (which no real writer does):
 * the kept answer still shows the old name, and the next change made through the service drops it.
 */
@QuarkusTest
@TestProfile(PublicReadMemoryTest.KeptForAnHour.class)
class PublicReadMemoryTest {

    /** Long enough that only a committed change can drop an answer during the test. */
    public static class KeptForAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("govbuy.public-reads.cache-for", "1h");
        }
    }

    private static final String ENTRIES = """
            [{"code":"A","level":"CATEGORY","nameZh":"基本公共服务事项"},
             {"code":"A07","level":"ITEM","parentCode":"A","nameZh":"养老服务"},
             {"code":"A07.02","level":"SUB_ITEM","parentCode":"A07","nameZh":"居家养老服务"}]""";

    @Inject
    DataSource database;

    @Test
    void aKeptAnswerIsServedUntilTheServiceCommitsAChange() throws SQLException {
        String region = Integer.toString(417000 + (int) (System.nanoTime() % 900));
        String id = CatalogueApi.publish(region, 2027, ENTRIES);
        search(region).body("items.entry.nameZh", hasItem("居家养老服务"));

        renameBehindTheServicesBack(id, "A07.02", "居家养老上门服务");
        search(region).body("items.entry.nameZh", hasItem("居家养老服务")); // from memory

        CatalogueApi.publish(Integer.toString(Integer.parseInt(region) + 1), 2027, ENTRIES); // a change: an event
        search(region).body("items.entry.nameZh", hasItem("居家养老上门服务"));
    }

    private static io.restassured.response.ValidatableResponse search(String region) {
        return given().queryParam("region", region).queryParam("q", "养老").get("/api/v1/public/catalogues/entries")
                .then().statusCode(200);
    }

    private void renameBehindTheServicesBack(String version, String code, String name) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE catalogue_entry SET name_zh = ? WHERE version_id = ? AND code = ?")) {
            update.setString(1, name);
            update.setObject(2, UUID.fromString(version));
            update.setString(3, code);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no entry " + code + " in " + version);
            }
        }
    }
}
