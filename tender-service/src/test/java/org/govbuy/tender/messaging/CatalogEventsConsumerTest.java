package org.govbuy.tender.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.govbuy.tender.TestInfrastructure;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/** What may be bought, per region and year, from catalog-service's events. */
@QuarkusTest
class CatalogEventsConsumerTest {

    private static final AtomicInteger PROVINCES = new AtomicInteger(60 + (int) (System.nanoTime() % 20));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    private static String purchaser() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("purchaser").bearer();
    }

    /** A fresh province code prefix so tests do not see each other's catalogues. */
    private static String province() {
        return Integer.toString(PROVINCES.incrementAndGet());
    }

    private String publish(String region, int year, String publishedAt, String subItems) {
        String versionId = UUID.randomUUID().toString();
        send(versionId, "govbuy.catalog.version.published.v1", UUID.randomUUID().toString(), """
                {"versionId":"%s","region":"%s","fiscalYear":%d,"title":"目录","publishedAt":"%s","subItems":[%s]}"""
                .formatted(versionId, region, year, publishedAt, subItems));
        return versionId;
    }

    private void send(String key, String type, String eventId, String data) {
        TopicReader.send(bootstrap, "catalog.events", key, data, Map.of("ce_specversion", "1.0", "ce_id", eventId,
                "ce_type", type, "ce_source", "/govbuy/catalog", "ce_subject", key));
    }

    private static String subItem(String code, boolean excluded, boolean preferSocial) {
        return """
                {"code":"%s","nameZh":"小项%s","itemCode":"A07","categoryCode":"A","excluded":%b,
                 "exclusionReason":%s,"preferSocialOrganisations":%b,"unit":"项","referencePriceMin":10,
                 "referencePriceMax":20,"futureField":1}""".formatted(code, code, excluded,
                excluded ? "\"NATIONAL_SECURITY_OR_SECRETS\"" : "null", preferSocial);
    }

    private static ValidatableResponse check(String region, int year, String code) {
        return given().header("Authorization", purchaser()).queryParam("region", region).queryParam("year", year)
                .queryParam("code", code).get("/api/v1/tenders/catalogue-check").then();
    }

    private static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(assertion::run);
    }

    @Test
    void listedSubItemsArePurchasableAndExcludedOnesAreNot() {
        String region = province() + "0108";
        publish(region, 2027, "2026-11-01T00:00:00Z",
                subItem("A07.02", false, true) + "," + subItem("E13.02", true, false));

        eventually(() -> check(region, 2027, "A07.02").statusCode(200).body("purchasable", equalTo(true))
                .body("preferSocialOrganisations", equalTo(true)).body("catalogueRegion", equalTo(region)));
        check(region, 2027, "E13.02").body("purchasable", equalTo(false)).body("reason", equalTo("EXCLUDED"))
                .body("exclusionReason", equalTo("NATIONAL_SECURITY_OR_SECRETS"));
        check(region, 2027, "Z99.01").body("purchasable", equalTo(false)).body("reason", equalTo("NOT_IN_CATALOGUE"));
        check(region, 2026, "A07.02").body("purchasable", equalTo(false)).body("reason", equalTo("NO_CATALOGUE"));
    }

    @Test
    void aDistrictWithoutItsOwnCatalogueInheritsItsCitysButOneWithItsOwnDoesNot() {
        String province = province();
        String city = province + "0100";
        String withOwn = province + "0108";
        String without = province + "0105";
        publish(city, 2027, "2026-11-01T00:00:00Z", subItem("A07.02", false, false) + "," + subItem("B05.01", false, true));
        publish(withOwn, 2027, "2026-11-02T00:00:00Z", subItem("A07.02", false, true));

        eventually(() -> check(without, 2027, "B05.01").body("purchasable", equalTo(true))
                .body("catalogueRegion", equalTo(city)));
        eventually(() -> check(withOwn, 2027, "A07.02").body("catalogueRegion", equalTo(withOwn))
                .body("preferSocialOrganisations", equalTo(true)));
        check(withOwn, 2027, "B05.01").body("purchasable", equalTo(false)).body("reason", equalTo("NOT_IN_CATALOGUE"));
    }

    @Test
    void anExclusionFromAboveCannotBeListedBackByADistrict() {
        String province = province();
        String provinceRegion = province + "0000";
        String city = province + "0100";
        String district = province + "0108";
        publish(provinceRegion, 2027, "2026-10-01T00:00:00Z", subItem("E13.02", true, false));
        publish(city, 2027, "2026-10-02T00:00:00Z", subItem("A07.02", false, false));
        // the district lists both, as if the exclusion above did not exist
        publish(district, 2027, "2026-10-03T00:00:00Z", subItem("A07.02", false, true) + "," + subItem("E13.02", false,
                false));

        eventually(() -> check(district, 2027, "A07.02").body("purchasable", equalTo(true))
                .body("catalogueRegion", equalTo(district)));
        check(district, 2027, "E13.02").body("purchasable", equalTo(false)).body("reason", equalTo("EXCLUDED"))
                .body("catalogueRegion", equalTo(provinceRegion))
                .body("exclusionReason", equalTo("NATIONAL_SECURITY_OR_SECRETS"));
    }

    @Test
    void aRevisionOfTheSameYearSupersedesAndAnOlderPublicationArrivingLateChangesNothing() {
        String region = province() + "0108";
        String first = publish(region, 2027, "2026-11-01T00:00:00Z", subItem("A07.02", false, false));
        eventually(() -> check(region, 2027, "A07.02").body("purchasable", equalTo(true)));

        String second = publish(region, 2027, "2026-12-01T00:00:00Z", subItem("A07.03", false, false));
        send(first, "govbuy.catalog.version.superseded.v1", UUID.randomUUID().toString(), """
                {"versionId":"%s","region":"%s","fiscalYear":2027,"supersededBy":"%s","supersededAt":"2026-12-01T00:00:00Z"}"""
                .formatted(first, region, second));
        eventually(() -> check(region, 2027, "A07.02").body("reason", equalTo("NOT_IN_CATALOGUE")));
        check(region, 2027, "A07.03").body("purchasable", equalTo(true)).body("versionId", equalTo(second));

        // a replay delivers an older version of the same year after the newer one: ignored
        String replayedEventId = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), "govbuy.catalog.version.published.v1", replayedEventId, """
                {"versionId":"%s","region":"%s","fiscalYear":2027,"publishedAt":"2026-10-01T00:00:00Z","subItems":[%s]}"""
                .formatted(UUID.randomUUID(), region, subItem("A07.09", false, false)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM inbox_event WHERE event_id = '" + replayedEventId + "'") == 1);
        check(region, 2027, "A07.09").body("reason", equalTo("NOT_IN_CATALOGUE"));
        check(region, 2027, "A07.03").body("purchasable", equalTo(true));
    }

    @Test
    void theSameEventTwiceIsHarmless() {
        String region = province() + "0108";
        String versionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"versionId":"%s","region":"%s","fiscalYear":2027,"publishedAt":"2026-11-01T00:00:00Z","subItems":[%s]}"""
                .formatted(versionId, region, subItem("A07.02", false, false));
        send(versionId, "govbuy.catalog.version.published.v1", eventId, data);
        send(versionId, "govbuy.catalog.version.published.v1", eventId, data);
        eventually(() -> check(region, 2027, "A07.02").body("purchasable", equalTo(true)));
    }

    @Test
    void onlyThoseWhoPlanOrReviewPurchasesMayAskAndBadInputIsNamed() {
        given().header("Authorization", TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("supplier").bearer())
                .queryParam("region", "110108").queryParam("year", 2027).queryParam("code", "A07.02")
                .get("/api/v1/tenders/catalogue-check").then().statusCode(403);
        check("1101", 2027, "A07.02").statusCode(400).body("violations[0].field", equalTo("region"));
        given().header("Authorization", purchaser()).queryParam("region", "110108").queryParam("code", "A07.02")
                .get("/api/v1/tenders/catalogue-check").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }
}
