package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.auditor;
import static org.govbuy.tender.TenderFixtures.bid;
import static org.govbuy.tender.TenderFixtures.expert;
import static org.govbuy.tender.TenderFixtures.finance;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.Sql;

/** The evaluation committee (评标委员会): drawn after the opening, reproducibly, without experts tied to a bidder. */
@QuarkusTest
class CommitteeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    private String region;
    private String tender;
    private Instant opening;
    private final List<String> bidders = new ArrayList<>();
    private final List<String> experts = new ArrayList<>();

    @BeforeEach
    void anAnnouncedTenderWithThreeBidsAndAPoolOfEightExperts() {
        region = TenderFixtures.newDistrict();
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        opening = deadline.plus(Duration.ofHours(1));
        tender = TenderFixtures.announcedTender(bootstrap, region, deadline, opening);
        for (String name : List.of("甲协会", "乙协会", "丙协会")) {
            String uscc = TenderFixtures.eligibleSupplier(bootstrap, db, name);
            as(supplier(uscc)).body(bid("4" + (bidders.size() + 1) + "0000", name + "的方案"))
                    .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().statusCode(201);
            bidders.add(uscc);
        }
        for (int i = 0; i < 7; i++) {
            experts.add(registerExpert("expert-" + region + "-" + i, "专家" + i, "A07", "[]"));
        }
        // tied to a bidder: never drawn, and the record says why
        experts.add(registerExpert("expert-" + region + "-tied", "关联专家", "A0701",
                "[{\"uscc\":\"" + bidders.get(1) + "\",\"relation\":\"理事\"}]"));
        registerExpert("expert-" + region + "-edu", "教育专家", "B01", "[]");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String registerExpert(String username, String name, String specialty, String affiliations) {
        return TenderFixtures.registerExpert(region, username, name, specialty, affiliations);
    }

    private void opened() {
        clock.travelTo(opening.plusSeconds(1));
        jobs.runDue();
    }

    private JsonPath draw() {
        return as(purchaser("ORG1", region)).body("""
                {"purchaserRepresentatives":[{"username":"buyer-ORG1","name":"采购人代表王芳"}]}""")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void thePurchaserDrawsTheCommitteeAfterTheOpeningAndAnAuditorReRunsTheDrawFromItsSeed() {
        as(purchaser("ORG1", region)).body("{\"purchaserRepresentatives\":[]}")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(409);
        opened();
        JsonPath committee = draw();

        assertThat(committee.getString("status")).isEqualTo("DECLARING");
        assertThat(committee.getList("members.kind")).containsExactly("EXPERT", "EXPERT", "EXPERT", "EXPERT",
                "PURCHASER_REPRESENTATIVE");
        assertThat(committee.getList("bidders")).containsExactlyInAnyOrderElementsOf(bidders);
        assertThat(committee.getList("exclusions.name")).containsExactly("关联专家");
        assertThat(committee.getString("exclusions[0].reason")).contains("理事").contains(bidders.get(1));
        assertThat(committee.getList("drawOrder")).hasSize(7);

        // the auditor's re-run: the seven untied A07 experts, ordered by SHA-256("seed:id")
        JsonPath audited = as(auditor(region)).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(200)
                .extract().jsonPath();
        String seed = audited.getString("seed");
        List<String> ids = audited.getList("drawOrder.expertId");
        List<String> rerun = ids.stream().sorted((a, b) -> sha256(seed + ":" + a).compareTo(sha256(seed + ":" + b))).toList();
        assertThat(rerun).isEqualTo(ids);
        assertThat(audited.getList("drawOrder.ticket")).isEqualTo(ids.stream().map(id -> sha256(seed + ":" + id)).toList());
        List<String> untied = as(finance(region)).get("/api/v1/experts?size=100").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(e -> !"关联专家".equals(e.get("name")) && !"教育专家".equals(e.get("name")))
                .map(e -> (String) e.get("id")).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(untied);
        assertThat(audited.getList("members.drawPosition").subList(0, 4)).containsExactly(1, 2, 3, 4);

        as(purchaser("ORG1", region)).body("{\"purchaserRepresentatives\":[]}")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(409);
    }

    @Test
    void membersDeclareBeforeItFormsAndOneWithAConflictIsReplacedByTheNextExpertDrawn() {
        opened();
        JsonPath committee = draw();
        List<String> order = committee.getList("drawOrder.expertId");
        String first = username(order.get(0));
        String fifth = username(order.get(4));

        as(expert(first)).body("{\"conflict\":true,\"description\":\"与乙协会负责人系同学\"}")
                .post("/api/v1/tenders/" + tender + "/committee/declaration").then().statusCode(200)
                .body("status", equalTo("DECLARING"))
                .body("members.find { it.drawPosition == 1 }.status", equalTo("WITHDRAWN"))
                .body("members.find { it.drawPosition == 5 }.status", equalTo("DRAWN"));
        // the withdrawn expert is off the committee: it no longer exists for them
        as(expert(first)).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(404);
        as(expert(fifth)).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(200);

        for (String id : order.subList(1, 5)) {
            as(expert(username(id))).body("{\"conflict\":false}").post("/api/v1/tenders/" + tender + "/committee/declaration")
                    .then().statusCode(200).body("status", equalTo("DECLARING"));
        }
        as(purchaser("ORG1", region)).body("{\"conflict\":false}").post("/api/v1/tenders/" + tender + "/committee/declaration")
                .then().statusCode(200).body("status", equalTo("FORMED"));
        as(expert(fifth)).body("{\"conflict\":false}").post("/api/v1/tenders/" + tender + "/committee/declaration")
                .then().statusCode(409);

        String payload = Sql.text(db, "SELECT payload::text FROM outbox_event WHERE aggregate_id = '" + tender
                + "' AND event_type = 'govbuy.tender.committee.formed.v1'");
        JsonPath formed = JsonPath.from(payload);
        assertThat(formed.getList("members.name")).hasSize(5).contains("采购人代表王芳").doesNotContain(name(first));
        assertThat(formed.getString("seed")).isEqualTo(committee.getString("seed"));
    }

    @Test
    void nobodyOutsideTheTenderOrTheCommitteeSeesOrDeclares() {
        opened();
        JsonPath committee = draw();
        String notDrawn = username(committee.<String>getList("drawOrder.expertId").get(6));
        as(purchaser("ORG2", region)).body("{\"purchaserRepresentatives\":[]}")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(404);
        as(purchaser("ORG2", region)).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(404);
        as(finance(TenderFixtures.newDistrict())).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(404);
        as(expert(notDrawn)).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(404);
        as(expert(notDrawn)).body("{\"conflict\":false}").post("/api/v1/tenders/" + tender + "/committee/declaration")
                .then().statusCode(404);
        as(supplier(bidders.get(0))).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(403);
        as(finance(region)).get("/api/v1/tenders/" + tender + "/committee").then().statusCode(200);
        // another region's finance neither sees nor registers this region's experts
        String elsewhere = TenderFixtures.newDistrict();
        as(finance(elsewhere)).get("/api/v1/experts").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as(finance(elsewhere)).body("{\"username\":\"x\",\"name\":\"x\",\"region\":\"%s\",\"specialties\":[\"A07\"],\"affiliations\":[]}"
                .formatted(region)).post("/api/v1/experts").then().statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheRuleAndDrawsNothing() {
        opened();
        as(purchaser("ORG1", region)).body("{\"members\":6,\"purchaserRepresentatives\":[]}")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(422)
                .body("violations.field", contains("members"));
        as(purchaser("ORG1", region)).body("""
                {"members":5,"purchaserRepresentatives":[{"username":"a","name":"甲"},{"username":"b","name":"乙"}]}""")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(422)
                .body("violations.field", contains("purchaserRepresentatives"));
        as(purchaser("ORG1", region)).body("{\"members\":9,\"purchaserRepresentatives\":[]}")
                .post("/api/v1/tenders/" + tender + "/committee").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("only 7 experts"));
        assertThat(Sql.count(db, "SELECT count(*) FROM committee WHERE tender_id = '" + tender + "'")).isZero();
        draw();
        as(expert(experts.get(0))).body("{\"conflict\":true}").post("/api/v1/tenders/" + tender + "/committee/declaration")
                .then().statusCode(400).body("violations.field", hasItem(org.hamcrest.Matchers.containsString("described")));
        as(finance(region)).body("""
                {"username":"bad","name":"坏","specialties":["A07"],"affiliations":[{"uscc":"123","relation":"理事"}]}""")
                .post("/api/v1/experts").then().statusCode(400).body("violations.field", hasItem(
                        org.hamcrest.Matchers.containsString("uscc")));
        as(finance(region)).body("""
                {"username":"%s","name":"重复","specialties":["A07"],"affiliations":[]}""".formatted(experts.get(0)))
                .post("/api/v1/experts").then().statusCode(409);
        assertThat(Sql.count(db, "SELECT count(*) FROM expert WHERE username = 'bad'")).isZero();
    }

    private String username(String expertId) {
        return Sql.text(db, "SELECT username FROM expert WHERE id = '" + expertId + "'");
    }

    private String name(String username) {
        return Sql.text(db, "SELECT name FROM expert WHERE username = '" + username + "'");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
