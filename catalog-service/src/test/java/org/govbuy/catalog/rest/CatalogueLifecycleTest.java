package org.govbuy.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.catalog.CatalogueApi;
import org.govbuy.testsupport.ChangeFeedPoller;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TopicReader;

/** Draft → under review → published → superseded, with four eyes, immutability, copy and diff. */
@QuarkusTest
class CatalogueLifecycleTest {

    private static final AtomicInteger REGIONS = new AtomicInteger(410100 + (int) (System.nanoTime() % 50) * 100);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    private static String newRegion() {
        return Integer.toString(REGIONS.addAndGet(100));
    }

    private static final String SMALL = """
            [{"code":"A","level":"CATEGORY","nameZh":"基本公共服务事项"},
             {"code":"A07","level":"ITEM","parentCode":"A","nameZh":"养老服务"},
             {"code":"A07.02","level":"SUB_ITEM","parentCode":"A07","nameZh":"居家养老服务","preferSocialOrganisations":true,
              "unit":"人·月","referencePriceMin":700,"referencePriceMax":1100},
             {"code":"A07.09","level":"SUB_ITEM","parentCode":"A07","nameZh":"涉密载体管理","excluded":true,
              "exclusionReason":"NATIONAL_SECURITY_OR_SECRETS"}]""";

    @Test
    void aVersionIsPublishedByASecondPersonOnlyAndIsImmutableThen() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(SMALL).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200)
                .body("entries", equalTo(4));
        CatalogueApi.admin().post("/api/v1/catalogues/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        CatalogueApi.admin().body(SMALL).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(409);
        // the submitter also holds the finance role: still not allowed to approve their own submission
        CatalogueApi.as("admin.wu", "finance").post("/api/v1/catalogues/" + id + "/approval").then().statusCode(403)
                .contentType("application/problem+json");
        CatalogueApi.admin().post("/api/v1/catalogues/" + id + "/approval").then().statusCode(403);
        CatalogueApi.reviewer().post("/api/v1/catalogues/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("reviewedBy", equalTo("finance.zhang"));

        CatalogueApi.admin().body("{\"code\":\"A07.03\",\"level\":\"SUB_ITEM\",\"parentCode\":\"A07\",\"nameZh\":\"日间照料\"}")
                .put("/api/v1/catalogues/" + id + "/entries/A07.03").then().statusCode(409);
        CatalogueApi.admin().delete("/api/v1/catalogues/" + id + "/entries/A07.02").then().statusCode(409);
        CatalogueApi.reviewer().post("/api/v1/catalogues/" + id + "/approval").then().statusCode(409);
    }

    /**
     * The reviewer approves exactly what was submitted: an entry edit racing a submission waits for
     * the version row, sees it under review, and is refused.
     */
    @Test
    void anEntryEditRacingTheSubmissionWaitsForItAndIsRefusedAfterIt() throws Exception {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(SMALL).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200);
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection submission = dataSource.getConnection()) {
            submission.setAutoCommit(false);
            // a submission in flight: the version is moved under review and not yet committed
            submission.createStatement().executeUpdate(
                    "UPDATE catalogue_version SET status = 'UNDER_REVIEW' WHERE id = '" + id + "'");
            long waitingBefore = waitingOnLocks();
            var edit = java.util.concurrent.CompletableFuture.supplyAsync(() -> CatalogueApi.admin()
                    .body("{\"code\":\"A07.03\",\"level\":\"SUB_ITEM\",\"parentCode\":\"A07\",\"nameZh\":\"日间照料\"}")
                    .put("/api/v1/catalogues/" + id + "/entries/A07.03"), thread);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> waitingOnLocks() > waitingBefore);
            submission.commit();
            assertThat(edit.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(409);
        } finally {
            thread.shutdownNow();
        }
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM catalogue_entry WHERE version_id = '" + id
                + "' AND code = 'A07.03'")).isZero();
    }

    private long waitingOnLocks() {
        return Sql.count(dataSource, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'");
    }

    @Test
    void anApprovalWhoseEventWouldBeTooLargeForTheBrokerIsRefusedAndChangesNothing() {
        // 20 items of 30 sub-items: the published event would carry 600 sub-items, over the limit
        StringBuilder entries = new StringBuilder("[{\"code\":\"A\",\"level\":\"CATEGORY\",\"nameZh\":\"基本公共服务事项\"}");
        for (int item = 1; item <= 20; item++) {
            String itemCode = "A%02d".formatted(item);
            entries.append(",{\"code\":\"%s\",\"level\":\"ITEM\",\"parentCode\":\"A\",\"nameZh\":\"服务大项%d\"}"
                    .formatted(itemCode, item));
            for (int sub = 1; sub <= 30; sub++) {
                entries.append(",{\"code\":\"%s.%02d\",\"level\":\"SUB_ITEM\",\"parentCode\":\"%s\",".formatted(
                        itemCode, sub, itemCode)).append("\"nameZh\":\"面向社区老年人与残疾人的综合服务小项第%d号\",".formatted(sub))
                        .append("\"unit\":\"人·月\",\"referencePriceMin\":700,\"referencePriceMax\":1100}");
            }
        }
        entries.append("]");
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(entries.toString()).put("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(200);
        CatalogueApi.admin().post("/api/v1/catalogues/" + id + "/submission").then().statusCode(200);

        CatalogueApi.reviewer().post("/api/v1/catalogues/" + id + "/approval").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("govbuy.catalog.version.published.v1"));

        CatalogueApi.admin().get("/api/v1/catalogues/" + id).then().body("status", equalTo("UNDER_REVIEW"));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "'"))
                .isZero();
    }

    @Test
    void aReviewerReturnsADraftWithReasonsAndItCanBeFixedAndResubmitted() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(SMALL).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200);
        CatalogueApi.admin().post("/api/v1/catalogues/" + id + "/submission").then().statusCode(200);
        CatalogueApi.reviewer().body("{\"reason\":\"居家养老参考价格偏高\"}").post("/api/v1/catalogues/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("returnReason", equalTo("居家养老参考价格偏高"));
        CatalogueApi.admin().body(SMALL.replace("1100", "1000")).put("/api/v1/catalogues/" + id + "/entries")
                .then().statusCode(200);
        CatalogueApi.admin().post("/api/v1/catalogues/" + id + "/submission").then().statusCode(200);
        CatalogueApi.as("finance.li", "finance").post("/api/v1/catalogues/" + id + "/approval").then().statusCode(200);
    }

    @Test
    void nextYearsCatalogueDoesNotEndThisYearsButACorrectionOfTheSameYearSupersedesIt() {
        String region = newRegion();
        String first = CatalogueApi.publish(region, 2026, SMALL);
        String copy = CatalogueApi.admin().post("/api/v1/catalogues/" + first + "/next-year-draft").then()
                .statusCode(201).body("fiscalYear", equalTo(2027)).body("copiedFrom", equalTo(first))
                .body("entries", equalTo(4)).body("status", equalTo("DRAFT")).extract().path("id");
        CatalogueApi.admin().body("""
                {"code":"A07.03","level":"SUB_ITEM","parentCode":"A07","nameZh":"社区日间照料","unit":"人·日",
                 "referencePriceMin":70,"referencePriceMax":120}""").put("/api/v1/catalogues/" + copy + "/entries/A07.03")
                .then().statusCode(200);
        CatalogueApi.admin().body(("{\"code\":\"A07.02\",\"level\":\"SUB_ITEM\",\"parentCode\":\"A07\","
                + "\"nameZh\":\"居家养老服务\",\"preferSocialOrganisations\":true,\"unit\":\"人·月\","
                + "\"referencePriceMin\":700,\"referencePriceMax\":1200}")).put("/api/v1/catalogues/" + copy
                + "/entries/A07.02").then().statusCode(200);
        CatalogueApi.admin().delete("/api/v1/catalogues/" + copy + "/entries/A07.09").then().statusCode(204);
        CatalogueApi.admin().delete("/api/v1/catalogues/" + copy + "/entries/A07").then().statusCode(409);
        // turning an item with sub-items into a sub-item would orphan them: refused, naming them
        CatalogueApi.admin().body("{\"level\":\"SUB_ITEM\",\"parentCode\":\"A\",\"nameZh\":\"养老服务\"}")
                .put("/api/v1/catalogues/" + copy + "/entries/A07").then().statusCode(400)
                .body("violations.rule", hasItem(containsString("entry A07.02")));
        CatalogueApi.admin().body("{\"note\":\"新增社区日间照料，居家养老上限调至1200元\"}")
                .put("/api/v1/catalogues/" + copy + "/revision-note").then().statusCode(200)
                .body("revisionNote", equalTo("新增社区日间照料，居家养老上限调至1200元"));

        CatalogueApi.reviewer().queryParam("against", first).get("/api/v1/catalogues/" + copy + "/diff").then()
                .statusCode(200)
                .body("revisionNote", equalTo("新增社区日间照料，居家养老上限调至1200元"))
                .body("added.code", contains("A07.03"))
                .body("removed.code", contains("A07.09"))
                .body("changed.code", contains("A07.02"))
                .body("changed[0].fields", contains("referencePriceMax"));

        CatalogueApi.admin().post("/api/v1/catalogues/" + copy + "/submission").then().statusCode(200);
        CatalogueApi.reviewer().post("/api/v1/catalogues/" + copy + "/approval").then().statusCode(200);
        // published mid-year, before the budget: this year's stays in force for this year
        CatalogueApi.admin().get("/api/v1/catalogues/" + first).then().body("status", equalTo("PUBLISHED"));
        given().queryParam("region", region).queryParam("year", 2026).queryParam("q", "居家")
                .get("/api/v1/public/catalogues/entries").then().body("items.versionId", everyItem(equalTo(first)))
                .body("total", equalTo(1));
        given().queryParam("region", region).queryParam("year", 2027).queryParam("q", "A07.03")
                .get("/api/v1/public/catalogues/entries").then().body("items.versionId", contains(copy));

        // a correction of 2026 supersedes the 2026 version, and only it
        String correction = CatalogueApi.publish(region, 2026, SMALL);
        CatalogueApi.admin().get("/api/v1/catalogues/" + first).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(correction));
        CatalogueApi.admin().get("/api/v1/catalogues/" + copy).then().body("status", equalTo("PUBLISHED"));

        var events = TopicReader.readUntil(bootstrap, "catalog.events", read -> read.stream()
                .filter(r -> first.equals(r.key()) || copy.equals(r.key())).count() >= 3, Duration.ofSeconds(30));
        assertThat(events.stream().filter(r -> first.equals(r.key())).map(r -> TopicReader.header(r, "ce_type")))
                .containsExactly("govbuy.catalog.version.published.v1", "govbuy.catalog.version.superseded.v1");
        assertThat(events.stream().filter(r -> copy.equals(r.key())).map(r -> TopicReader.header(r, "ce_type")))
                .containsExactly("govbuy.catalog.version.published.v1");
        var published = events.stream().filter(r -> copy.equals(r.key())).findFirst().orElseThrow();
        assertThat(TopicReader.header(published, "ce_region")).isEqualTo(region);
        assertThat(published.value()).contains("A07.03").doesNotContain("A07.09").contains("\"itemCode\": \"A07\"")
                .contains("\"categoryCode\": \"A\"");

        // the public change feed has the same, in the order published: first's publication before its supersession
        String feed = "/api/v1/public/catalogues/changes";
        var firstPublished = ChangeFeedPoller.entry(feed, "govbuy.catalog.version.published.v1", first, Duration.ofSeconds(30));
        var firstSuperseded = ChangeFeedPoller.entry(feed, "govbuy.catalog.version.superseded.v1", first, Duration.ofSeconds(30));
        assertThat(((Number) firstPublished.get("position")).longValue())
                .isLessThan(((Number) firstSuperseded.get("position")).longValue());
        assertThat(firstSuperseded.get("data").toString()).contains(correction);
        given().queryParam("region", region).queryParam("limit", 500).get(feed).then()
                .body("items.subject", hasItems(first, copy, correction)).body("items.region", everyItem(equalTo(region)));
    }

    @Test
    void nobodyWhoChangedAVersionMayApproveIt() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(SMALL).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200);
        // A drafted and edited, B submits: A may still not approve, whatever roles A holds
        CatalogueApi.as("admin.qian", "catalog-admin").post("/api/v1/catalogues/" + id + "/submission").then()
                .statusCode(200);
        CatalogueApi.as("admin.wu", "finance").post("/api/v1/catalogues/" + id + "/approval").then().statusCode(403);
        CatalogueApi.as("admin.qian", "finance").post("/api/v1/catalogues/" + id + "/approval").then()
                .statusCode(403);
        CatalogueApi.reviewer().post("/api/v1/catalogues/" + id + "/approval").then().statusCode(200)
                .body("editors", contains("admin.wu", "admin.qian"));
    }

    @Test
    void officialsWriteOnlyTheCataloguesOfTheirOwnJurisdiction() {
        String draft = "{\"region\":\"310104\",\"fiscalYear\":2027,\"title\":\"徐汇区目录\"}";
        CatalogueApi.as("admin.haidian", "catalog-admin", "110108").body(draft).post("/api/v1/catalogues").then()
                .statusCode(403).contentType("application/problem+json");
        // the city level acts for its districts
        String haidian = CatalogueApi.as("admin.beijing", "catalog-admin", "110000")
                .body("{\"region\":\"110108\",\"fiscalYear\":2027,\"title\":\"海淀区目录\"}")
                .post("/api/v1/catalogues").then().statusCode(201).extract().path("id");
        CatalogueApi.as("admin.xuhui", "catalog-admin", "310104").body(SMALL)
                .put("/api/v1/catalogues/" + haidian + "/entries").then().statusCode(403);
        CatalogueApi.as("admin.haidian", "catalog-admin", "110108").body(SMALL)
                .put("/api/v1/catalogues/" + haidian + "/entries").then().statusCode(200);
        CatalogueApi.as("admin.haidian", "catalog-admin", "110108").post("/api/v1/catalogues/" + haidian
                + "/submission").then().statusCode(200);
        CatalogueApi.as("finance.xuhui", "finance", "310104").post("/api/v1/catalogues/" + haidian + "/approval")
                .then().statusCode(403);
        CatalogueApi.as("finance.haidian", "finance", "110108").post("/api/v1/catalogues/" + haidian + "/approval")
                .then().statusCode(200);
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndNamesTheRowAndColumn() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(SMALL).put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200);
        String csv = """
                code,level,parentCode,nameZh,referencePriceMin,referencePriceMax,excluded
                B,CATEGORY,,社会管理服务事项,,,
                B05,ITEM,B,法律援助,,,
                B05.01,SUB_ITEM,B05,法律援助（通用）,100,-5,
                B05.02,SUB_ITEM,B09,孤儿小项,,,
                B05.03,SUB_ITEM,B05,重复,,,maybe
                B05.03,SUB_ITEM,B05,重复,,,
                """;
        CatalogueApi.admin().contentType("text/csv; charset=UTF-8").body(csv).put("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.find { it.line == 6 }.field", equalTo("excluded"))
                .body("detail", containsString("nothing was stored"));
        CatalogueApi.admin().contentType("text/csv; charset=UTF-8").body(csv.replace(",maybe", ","))
                .put("/api/v1/catalogues/" + id + "/entries").then().statusCode(400)
                .body("violations.line", hasItems(4, 5, 7))
                .body("violations.find { it.line == 4 }.field", equalTo("referencePriceMax"))
                .body("violations.find { it.line == 5 }.field", equalTo("parentCode"))
                .body("violations.find { it.line == 7 }.rule", containsString("duplicates the code on line 6"));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM catalogue_entry WHERE version_id = '" + id + "'"))
                .isEqualTo(4);
        CatalogueApi.admin().get("/api/v1/catalogues/" + id + "/entries").then().body("code", hasSize(4));
    }

    @Test
    void theCsvExportImportsBackUnchanged() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body(CatalogueApi.pilotCatalogue()).put("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(200).body("entries", equalTo(117));
        String csv = CatalogueApi.admin().accept("text/csv").get("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("code,level,parentCode,nameZh");
        String copy = CatalogueApi.draft(newRegion(), 2027);
        String result = CatalogueApi.admin().contentType("text/csv; charset=UTF-8").body(csv)
                .put("/api/v1/catalogues/" + copy + "/entries").then().extract().asString();
        assertThat(result).contains("\"entries\":117");
        CatalogueApi.reviewer().queryParam("against", id).get("/api/v1/catalogues/" + copy + "/diff").then()
                .body("added", hasSize(0)).body("removed", hasSize(0)).body("changed", hasSize(0));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        CatalogueApi.admin().body("{\"region\":\"1101\",\"fiscalYear\":2027,\"title\":\"目录\"}")
                .post("/api/v1/catalogues").then().statusCode(400).body("violations[0].field", equalTo("region"));
        CatalogueApi.admin().body("{\"region\":\"110108\",\"fiscalYear\":1900,\"title\":\"<b>目录</b>\"}")
                .post("/api/v1/catalogues").then().statusCode(400).body("violations.field", hasItems("fiscalYear", "title"));
        CatalogueApi.as("buyer", "purchaser").body("{\"region\":\"110108\",\"fiscalYear\":2027,\"title\":\"目录\"}")
                .post("/api/v1/catalogues").then().statusCode(403);
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body("{ not json").put("/api/v1/catalogues/" + id + "/entries").then().statusCode(400)
                .body("violations[0].field", equalTo("body"));
        CatalogueApi.admin().body("[{\"code\":\"A\",\"level\":\"GROUP\",\"nameZh\":\"x\",\"colour\":\"red\"}]")
                .put("/api/v1/catalogues/" + id + "/entries").then().statusCode(400)
                .body("violations.field", hasItems("level", "colour"));
        CatalogueApi.admin().post("/api/v1/catalogues/" + id + "/submission").then().statusCode(409);
    }

    @Test
    void thePublicBrowsesPublishedCataloguesAndFindsEveryElderlyCareEntry() {
        String region = newRegion();
        String id = CatalogueApi.publish(region, 2026, CatalogueApi.pilotCatalogue());
        String draft = CatalogueApi.draft(region, 2027);

        given().queryParam("region", region).get("/api/v1/public/catalogues").then().statusCode(200)
                .body("id", contains(id));
        given().get("/api/v1/public/catalogues/" + draft + "/tree").then().statusCode(404);
        given().get("/api/v1/public/catalogues/" + id + "/tree").then().statusCode(200)
                .body("entry.code", contains("A", "B", "C", "D", "E"))
                .body("find { it.entry.code == 'A' }.children.find { it.entry.code == 'A07' }.children.entry.code",
                        hasItems("A07.01", "A07.02", "A07.03", "A07.04"));
        given().queryParam("q", "养老").queryParam("region", region).get("/api/v1/public/catalogues/entries").then()
                .statusCode(200).body("total", equalTo(4))
                .body("items.entry.code", contains("A07", "A07.01", "A07.02", "A07.04"));
        given().queryParam("q", "home").queryParam("region", region).get("/api/v1/public/catalogues/entries").then()
                .body("items.entry.code", contains("A07.02"));
        given().queryParam("q", "A07.0").queryParam("region", region).get("/api/v1/public/catalogues/entries").then()
                .body("total", equalTo(4));
        given().queryParam("excluded", true).queryParam("region", region).get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", hasItems("B10.02", "E13.02", "C01.02"))
                .body("items.entry.exclusionReason", hasItem("NATIONAL_SECURITY_OR_SECRETS"));
        given().queryParam("category", "C").queryParam("region", region).get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", contains("C", "C01", "C01.01", "C01.02"));
        given().queryParam("region", "12").get("/api/v1/public/catalogues/entries").then().statusCode(400)
                .body("violations[0].field", equalTo("region"));
        given().get("/api/v1/public/catalogues/" + id + "/entries/A07.02").then().statusCode(200)
                .body("costBasis.labour", equalTo(600.0f)).body("referencePriceMax", equalTo(1100.0f));
    }
}
