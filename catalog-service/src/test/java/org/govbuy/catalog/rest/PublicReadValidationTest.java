package org.govbuy.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.catalog.CatalogueApi;

/**
 * Public reads can be revalidated instead of fetched again: a strong ETag of the exact JSON, a 304
 * without a body while nothing changed, and the new data (with a new tag) as soon as it did.
 */
@QuarkusTest
class PublicReadValidationTest {

    private static final AtomicInteger REGIONS = new AtomicInteger(419000 + (int) (System.nanoTime() % 10) * 50);

    private static final String ENTRIES = """
            [{"code":"A","level":"CATEGORY","nameZh":"基本公共服务事项"},
             {"code":"A07","level":"ITEM","parentCode":"A","nameZh":"养老服务"},
             {"code":"A07.02","level":"SUB_ITEM","parentCode":"A07","nameZh":"居家养老服务"}]""";

    @Test
    void anUnchangedPublicReadIsAnsweredWith304AndAChangedOneWithTheNewDataAndANewTag() {
        String region = Integer.toString(REGIONS.addAndGet(50));
        CatalogueApi.publish(region, 2027, ENTRIES);
        var first = given().queryParam("region", region).queryParam("q", "养老").get("/api/v1/public/catalogues/entries")
                .then().statusCode(200).header("Cache-Control", "public, no-cache").extract();
        String tag = first.header("ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");

        // the tag is the digest of exactly the bytes sent: the same read, the same tag
        given().queryParam("region", region).queryParam("q", "养老").get("/api/v1/public/catalogues/entries").then()
                .statusCode(200).header("ETag", tag);
        // a cache holding it revalidates: 304, no body (a weak comparison, so W/ makes no difference)
        for (String held : new String[] { tag, "W/" + tag, "\"other\", " + tag }) {
            var revalidated = given().header("If-None-Match", held).queryParam("region", region).queryParam("q", "养老")
                    .get("/api/v1/public/catalogues/entries").then().statusCode(304).header("ETag", tag).extract();
            assertThat(revalidated.asByteArray()).isEmpty();
        }

        // the data changes (next year's catalogue is published): the old tag gets the new answer
        CatalogueApi.publish(region, 2028, ENTRIES);
        var changed = given().header("If-None-Match", tag).queryParam("region", region).queryParam("q", "养老")
                .get("/api/v1/public/catalogues/entries").then().statusCode(200).extract();
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.jsonPath().getList("items.fiscalYear")).contains(2027, 2028);
    }

    @Test
    void readsThatNeedATokenAndProblemsCarryNoTag() {
        String region = Integer.toString(REGIONS.addAndGet(50));
        String id = CatalogueApi.publish(region, 2027, ENTRIES);
        CatalogueApi.admin().get("/api/v1/catalogues/" + id).then().statusCode(200).header("ETag", (String) null);
        given().queryParam("region", "12").get("/api/v1/public/catalogues/entries").then().statusCode(400)
                .header("ETag", (String) null);
    }
}
