package org.govbuy.credit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.govbuy.credit.TestInfrastructure;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.testsupport.ChangeFeedPoller;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

@QuarkusTest
class SupplierRegistrationTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String civilAffairs() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("ca-officer").roles("civil-affairs")
                .claim("region", "110108").bearer();
    }

    static String purchaser() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("buyer").roles("purchaser")
                .claim("org_code", "11010801").bearer();
    }

    @Test
    void civilAffairsRegistersASupplierAndItsEventIsPublishedAsACloudEvent() throws Exception {
        String uscc = TestSuppliers.newUscc();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("Authorization", civilAffairs()).header("X-Request-Id", "req-" + uscc)
                .header("traceparent", traceparent)
                .contentType(ContentType.JSON).body(TestSuppliers.registrationJson(uscc, "星光敬老协会"))
                .when().post("/api/v1/suppliers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/suppliers/" + uscc))
                .header("X-Request-Id", "req-" + uscc)
                .body("uscc", equalTo(uscc)).body("name", equalTo("星光敬老协会"))
                .body("status", equalTo("ACTIVE")).body("registeredBy", equalTo("ca-officer"));

        given().header("Authorization", purchaser()).when().get("/api/v1/suppliers/" + uscc)
                .then().statusCode(200).body("registrationAuthority", equalTo("北京市海淀区民政局"));

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrap, "credit.events",
                read -> read.stream().anyMatch(r -> uscc.equals(r.key())), Duration.ofSeconds(20));
        ConsumerRecord<String, String> event = records.stream().filter(r -> uscc.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + uscc));
        assertThat(TopicReader.header(event, "ce_type")).isEqualTo("govbuy.credit.supplier.registered.v1");
        assertThat(TopicReader.header(event, "ce_source")).isEqualTo("/govbuy/credit");
        assertThat(TopicReader.header(event, "ce_subject")).isEqualTo(uscc);
        assertThat(TopicReader.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(event, "ce_region")).isEqualTo("110108");
        assertThat(TopicReader.header(event, "ce_id")).isNotBlank();
        assertThat(TopicReader.header(event, "ce_time")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(TopicReader.header(event, "X-Request-Id")).isEqualTo("req-" + uscc);
        // the same trace, continued by the service's own span
        assertThat(TopicReader.header(event, "traceparent")).startsWith(traceparent.substring(0, 36))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        var data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(event.value());
        assertThat(data.get("uscc").asText()).isEqualTo(uscc);
        assertThat(data.get("name").asText()).isEqualTo("星光敬老协会");
        assertThat(data.get("organisationType").asText()).isEqualTo("SOCIAL_SERVICE_ORGANISATION");

        // the public change feed mirrors the event (same id) with what the public profile shows: not the score
        var entry = ChangeFeedPoller.entry("/api/v1/public/suppliers/changes", "govbuy.credit.supplier.registered.v1", uscc,
                Duration.ofSeconds(30));
        assertThat(entry.get("id")).isEqualTo(TopicReader.header(event, "ce_id"));
        assertThat(entry.get("data").toString()).contains("星光敬老协会").contains("creditLevel");
        assertThat(data.has("creditScore")).isTrue();
        assertThat(entry.get("data").toString()).doesNotContain("creditScore");
    }

    @Test
    void theSameCodeCannotBeRegisteredTwice() {
        String uscc = TestSuppliers.newUscc();
        register(uscc, "阳光社工服务中心").then().statusCode(201);
        register(uscc, "另一个名字").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409))
                .body("detail", containsString(uscc));
        given().header("Authorization", purchaser()).get("/api/v1/suppliers/" + uscc)
                .then().body("name", equalTo("阳光社工服务中心"));
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        String valid = TestSuppliers.newUscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String invalid = valid.substring(0, 17) + wrong;
        register(invalid, "错误代码协会").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("uscc"))
                .body("violations[0].rule", containsString("check character"));
        assertThat(rowsFor(invalid)).isZero();
    }

    @Test
    void everyInvalidFieldIsNamedWithItsRule() {
        given().header("Authorization", civilAffairs()).contentType(ContentType.JSON)
                .body("""
                        {"uscc":"123","name":"","organisationType":"SOCIAL_GROUP",
                         "registrationAuthority":"民政局","establishedOn":"2015-06-01","region":"11"}""")
                .when().post("/api/v1/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("uscc"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("region"))
                .body("violations.find { it.field == 'region' }.rule", containsString("6-digit"));
    }

    @Test
    void anUnknownOrganisationTypeIsA400NamingTheField() {
        String uscc = TestSuppliers.newUscc();
        given().header("Authorization", civilAffairs()).contentType(ContentType.JSON)
                .body(TestSuppliers.registrationJson(uscc, "某协会").replace("SOCIAL_SERVICE_ORGANISATION", "CLUB"))
                .when().post("/api/v1/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("organisationType"));
        assertThat(rowsFor(uscc)).isZero();
    }

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() {
        given().header("Authorization", civilAffairs()).contentType(ContentType.JSON).body("{\"uscc\": ")
                .when().post("/api/v1/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON")).body("detail", containsString("not well-formed"));
    }

    @Test
    void anEstablishmentDateAfterTodayInChinaIsRefused() {
        String uscc = TestSuppliers.newUscc();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        given().header("Authorization", civilAffairs()).contentType(ContentType.JSON)
                .body(TestSuppliers.registrationJson(uscc, "未来协会").replace("2015-06-01", tomorrow.toString()))
                .when().post("/api/v1/suppliers")
                .then().statusCode(400).body("violations[0].field", equalTo("establishedOn"));
        assertThat(rowsFor(uscc)).isZero();
    }

    @Test
    void htmlInANameIsRefused() {
        String uscc = TestSuppliers.newUscc();
        register(uscc, "<script>alert(1)</script>").then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
        assertThat(rowsFor(uscc)).isZero();
    }

    @Test
    void sqlAnOversizeNameAndAnEmptyNameAreRefusedAndNothingIsStored() {
        for (String name : new String[] { "星光协会'); DROP TABLE supplier;--", "敬".repeat(201), "   ",
                "<img src=x onerror=alert(1)>" }) {
            String uscc = TestSuppliers.newUscc();
            given().header("Authorization", civilAffairs()).contentType(ContentType.JSON)
                    .body(TestSuppliers.registrationJson(uscc, "NAME").replace("NAME", name.replace("\"", "\\\"")))
                    .when().post("/api/v1/suppliers")
                    .then().statusCode(400).body("violations.field", hasItem("name"));
            assertThat(rowsFor(uscc)).isZero();
        }
    }

    @Test
    void realNamesWithBracketsAndLatinLettersAreAccepted() {
        String uscc = TestSuppliers.newUscc();
        register(uscc, "北京市海淀区（中关村）Children's 社工·服务中心").then().statusCode(201);
    }

    @Test
    void anUnknownSupplierIsA404Problem() {
        given().header("Authorization", purchaser()).get("/api/v1/suppliers/" + TestSuppliers.newUscc())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void thePublicReadNeedsNoTokenAndShowsOnlyPublicFields() {
        String uscc = TestSuppliers.newUscc();
        register(uscc, "公开信息协会").then().statusCode(201);
        given().when().get("/api/v1/public/suppliers/" + uscc)
                .then().statusCode(200).body("name", equalTo("公开信息协会"))
                .body("registeredBy", nullValue()).body("registeredAt", nullValue());
        given().when().get("/api/v1/suppliers/" + uscc).then().statusCode(401);
    }

    private static io.restassured.response.Response register(String uscc, String name) {
        return given().header("Authorization", civilAffairs()).contentType(ContentType.JSON)
                .body(TestSuppliers.registrationJson(uscc, name)).when().post("/api/v1/suppliers");
    }

    private long rowsFor(String uscc) {
        return Sql.count(dataSource, "SELECT count(*) FROM supplier WHERE uscc = '" + uscc + "'");
    }
}
