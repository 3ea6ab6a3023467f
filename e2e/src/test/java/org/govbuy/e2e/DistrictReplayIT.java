package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.govbuy.testsupport.ChangeFeedPoller;
import org.govbuy.testsupport.TopicReader;

/**
 * A new district system joins: it reads every topic from the start and rebuilds the same picture the
 * services' public APIs show; the REST change feeds give systems without Kafka the same events; and a
 * district subscribed to one region (the {@code ce_region} attribute) sees exactly that region's.
 */
@ExtendWith(WholeSuiteExtension.class)
class DistrictReplayIT {

    private static final String REGISTERED = "govbuy.credit.supplier.registered.v1";
    private static final String ANNOUNCED = "govbuy.tender.tender.announced.v1";
    private static final String HAIDIAN = "110108";
    private static final String XUHUI = "310104";

    @Test
    void aDistrictSystemReplayingEveryTopicSeesWhatTheApisShowTheFeedsAgreeAndARegionSeesOnlyItsOwn(WholeSuite suite) {
        // a little of everything public, in two regions: a tender announced in Haidian, an organisation
        // registered by Haidian's civil affairs and one by Xuhui's
        Purchase.catalogueIsPublished(suite);
        String plan = Purchase.approvedPlan(suite, 270_000);
        Instant deadline = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String tender = Purchase.announcedOpenTender(suite, plan, 270_000, deadline, deadline.plusSeconds(3600));
        String inHaidian = SupplierRegistrationIT.newUscc();
        String inXuhui = SupplierRegistrationIT.newUscc("52310104");
        register(Keycloak.bearerFor(suite, "civil.haidian"), inHaidian, HAIDIAN, "北京市海淀区民政局");
        register(Keycloak.bearerFor(suite, "civil.shanghai"), inXuhui, XUHUI, "上海市徐汇区民政局");
        // on a feed means on Kafka: the relay numbers an entry once the broker has acknowledged its event
        ChangeFeedPoller.entry(DistrictSystem.feedOf("tender.events"), ANNOUNCED, tender, Duration.ofSeconds(30));
        ChangeFeedPoller.entry(DistrictSystem.feedOf("credit.events"), REGISTERED, inHaidian, Duration.ofSeconds(30));
        ChangeFeedPoller.entry(DistrictSystem.feedOf("credit.events"), REGISTERED, inXuhui, Duration.ofSeconds(30));

        Map<String, List<DistrictSystem.Event>> picture = DistrictSystem.replay(suite, record -> true);

        // what the district rebuilt is what the public APIs say
        for (String uscc : List.of(inHaidian, inXuhui)) {
            JsonPath registered = new JsonPath(DistrictSystem.only(picture.get(uscc), REGISTERED).data());
            JsonPath profile = given().get("/api/v1/public/suppliers/" + uscc).then().statusCode(200).extract().jsonPath();
            assertThat(registered.getString("name")).isEqualTo(profile.getString("name"));
            assertThat(registered.getString("region")).isEqualTo(profile.getString("region"));
            assertThat(registered.getString("creditLevel")).isEqualTo(profile.getString("creditLevel"));
        }
        JsonPath announcement = new JsonPath(DistrictSystem.only(picture.get(tender), ANNOUNCED).data());
        JsonPath published = given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).extract().jsonPath();
        for (String field : List.of("title", "status", "region", "bidDeadline", "openingAt")) {
            assertThat(announcement.getString("announcement." + field)).as(field)
                    .isEqualTo(published.getString("announcement." + field));
        }
        assertThat(announcement.getDouble("announcement.budget")).isEqualTo(published.getDouble("announcement.budget"));

        // the REST feeds give the same events, public ones only: same ids, same order per resource
        for (String subject : List.of(tender, inHaidian, inXuhui)) {
            List<DistrictSystem.Event> events = picture.get(subject);
            List<String> fed = ChangeFeedPoller.readAll(DistrictSystem.feedOf(events.get(0).topic()), null).stream()
                    .filter(entry -> subject.equals(entry.get("subject"))).map(entry -> (String) entry.get("id")).toList();
            assertThat(fed).as(subject).isNotEmpty();
            assertThat(events.stream().map(DistrictSystem.Event::id).filter(fed::contains).toList()).as(subject).isEqualTo(fed);
        }
        assertThat(picture.get(plan)).as("the plan (internal) is on Kafka for government systems").isNotEmpty();
        assertThat(ChangeFeedPoller.readAll(DistrictSystem.feedOf("tender.events"), null))
                .noneMatch(entry -> plan.equals(entry.get("subject")));

        // Xuhui's district keeps the records whose region attribute is its own: exactly its organisation
        Map<String, List<DistrictSystem.Event>> xuhui = DistrictSystem.replay(suite,
                record -> XUHUI.equals(TopicReader.header(record, "ce_region")));
        assertThat(xuhui).containsKey(inXuhui).doesNotContainKeys(inHaidian, tender, plan);
        assertThat(xuhui.values()).allSatisfy(events -> assertThat(events).allMatch(e -> XUHUI.equals(e.region())));
        assertThat(ChangeFeedPoller.readAll(DistrictSystem.feedOf("credit.events"), XUHUI))
                .anyMatch(entry -> inXuhui.equals(entry.get("subject")))
                .noneMatch(entry -> inHaidian.equals(entry.get("subject")))
                .allMatch(entry -> XUHUI.equals(entry.get("region")));
        assertThat(ChangeFeedPoller.readAll(DistrictSystem.feedOf("tender.events"), XUHUI))
                .noneMatch(entry -> tender.equals(entry.get("subject")));
    }

    private static void register(String civilAffairs, String uscc, String region, String authority) {
        given().header("Authorization", civilAffairs).contentType(ContentType.JSON)
                .body(Registrations.body(uscc, "区域订阅测试社工站" + uscc.substring(12), region, authority))
                .post("/api/v1/suppliers").then().statusCode(201);
    }

}
