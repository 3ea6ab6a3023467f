package org.govbuy.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.catalog.CatalogueApi;
import org.govbuy.testsupport.TopicReader;

/** Files as offices have them, exports a spreadsheet opens safely, searches that find what people mean. */
@QuarkusTest
class CatalogueFilesAndSearchTest {

    private static final AtomicInteger REGIONS = new AtomicInteger(418000 + (int) (System.nanoTime() % 10) * 100);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String newRegion() {
        return Integer.toString(REGIONS.addAndGet(100));
    }

    /** Sends the bytes with exactly this Content-Type (REST Assured would add a charset of its own). */
    private static io.restassured.specification.RequestSpecification asIs(String contentType) {
        return CatalogueApi.admin().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType);
    }

    private static String importCsv(String id, String contentType, byte[] body) {
        return asIs(contentType).body(body).put("/api/v1/catalogues/" + id + "/entries").then().extract().asString();
    }

    @Test
    void aProblemNamesThePhysicalLineEvenAfterACellSpanningLines() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        String csv = """
                code,level,parentCode,nameZh,description,referencePriceMin,referencePriceMax
                B,CATEGORY,,社会管理服务事项,"第一行
                第二行
                第三行",,
                B05,ITEM,B,法律援助,,,
                B05.01,SUB_ITEM,B05,法律援助（通用）,,100,-5
                """;
        CatalogueApi.admin().contentType("text/csv").body(csv).put("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(400).body("violations.line", hasItem(6)).body("violations.field", hasItem("referencePriceMax"));
    }

    @Test
    void aFileThatCannotBeParsedNamesItsLine() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().contentType("application/json").body("""
                [
                  {"code":"A","level":"CATEGORY","nameZh":"基本公共服务事项"},
                  {"code":"A07","level":"ITEM" "parentCode":"A","nameZh":"养老服务"}
                ]""").put("/api/v1/catalogues/" + id + "/entries").then().statusCode(400)
                .body("violations[0].field", equalTo("body")).body("violations[0].line", equalTo(3));
    }

    @Test
    void aCsvInGbkIsReadInGbkAndRefusedWhenItsCharsetIsNotDeclared() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        byte[] gbk = """
                code,level,parentCode,nameZh,unit
                A,CATEGORY,,基本公共服务事项,
                A07,ITEM,A,养老服务,
                A07.02,SUB_ITEM,A07,居家养老服务,人·月
                """.getBytes(Charset.forName("GBK"));

        asIs("text/csv").body(gbk).put("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(400).body("violations[0].field", equalTo("Content-Type"));
        assertThat(importCsv(id, "text/csv; charset=GBK", gbk)).contains("\"entries\":3");
        CatalogueApi.admin().get("/api/v1/catalogues/" + id + "/entries").then()
                .body("find { it.code == 'A07.02' }.nameZh", equalTo("居家养老服务"))
                .body("find { it.code == 'A07.02' }.unit", equalTo("人·月"));
        asIs("text/csv; charset=X-NO-SUCH").body(gbk)
                .put("/api/v1/catalogues/" + id + "/entries").then().statusCode(400)
                .body("violations[0].field", equalTo("Content-Type"));
    }

    @Test
    void exportedCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndImportBack() {
        String id = CatalogueApi.draft(newRegion(), 2027);
        CatalogueApi.admin().body("""
                [{"code":"A","level":"CATEGORY","nameZh":"基本公共服务事项","description":"=HYPERLINK(\\"http://x.example\\",\\"点此\\")"},
                 {"code":"A07","level":"ITEM","parentCode":"A","nameZh":"养老服务","nameEn":"-Elderly care","description":"@SUM(1)"},
                 {"code":"A07.02","level":"SUB_ITEM","parentCode":"A07","nameZh":"居家养老服务","description":"+86 热线"}]""")
                .put("/api/v1/catalogues/" + id + "/entries").then().statusCode(200);
        String csv = CatalogueApi.admin().accept("text/csv").get("/api/v1/catalogues/" + id + "/entries").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("'=HYPERLINK").contains("'-Elderly care").contains("'@SUM(1)").contains("'+86 热线")
                .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");

        String copy = CatalogueApi.draft(newRegion(), 2027);
        assertThat(importCsv(copy, "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .contains("\"entries\":3");
        CatalogueApi.reviewer().queryParam("against", id).get("/api/v1/catalogues/" + copy + "/diff").then()
                .body("changed", org.hamcrest.Matchers.hasSize(0)).body("added", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void searchFindsDescriptionsIgnoringCaseAndASingleLetterOnlyAtAWordsStart() {
        String region = newRegion();
        String id = CatalogueApi.publish(region, 2027, """
                [{"code":"A","level":"CATEGORY","nameZh":"基本公共服务事项"},
                 {"code":"A07","level":"ITEM","parentCode":"A","nameZh":"养老服务","nameEn":"Elderly Services"},
                 {"code":"A07.02","level":"SUB_ITEM","parentCode":"A07","nameZh":"居家养老服务","nameEn":"Home care",
                  "description":"Visits by a CARE WORKER at home"},
                 {"code":"B","level":"CATEGORY","nameZh":"社会管理服务事项"},
                 {"code":"B05","level":"ITEM","parentCode":"B","nameZh":"法律援助","nameEn":"Legal aid"}]""");

        given().queryParam("region", region).queryParam("q", "care worker").get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", contains("A07.02"));
        given().queryParam("region", region).queryParam("q", "HOME").get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", contains("A07.02"));
        // "e" starts "Elderly" but only sits inside "Home care" and "Legal aid"
        given().queryParam("region", region).queryParam("q", "e").get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", contains("A07"));
        given().queryParam("region", region).queryParam("q", "aid").get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", containsInAnyOrder("B05"));
        given().queryParam("region", region).queryParam("q", "a07.0").get("/api/v1/public/catalogues/entries")
                .then().body("items.entry.code", contains("A07.02"));

        var published = TopicReader.readUntil(bootstrap, "catalog.events", read -> read.stream()
                .anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30)).stream()
                .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(published.value()).contains("\"costBasis\"");
    }

    @Test
    void thePublishedEventCarriesTheCostBasisOfEachSubItem() {
        String id = CatalogueApi.publish(newRegion(), 2027, CatalogueApi.pilotCatalogue());
        var published = TopicReader.readUntil(bootstrap, "catalog.events", read -> read.stream()
                .anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30)).stream()
                .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(published.value()).containsPattern("\"code\": \"A07.02\".*\"costBasis\": \\{[^}]*\"labour\": 600");
    }
}
