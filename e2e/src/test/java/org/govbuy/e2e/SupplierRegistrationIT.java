package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The first slice through the whole product: civil affairs registers a supplier through the
 * gateway with a real Keycloak token; credit-service stores it and publishes the event through its
 * outbox; tender-service's projection shows it.
 */
@ExtendWith(WholeSuiteExtension.class)
class SupplierRegistrationIT {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.currentTimeMillis() % 1_000_000));

    static WholeSuite suite;
    static String civilAffairs;
    static String purchaser;

    @BeforeAll
    static void theSuiteIsUp(WholeSuite running) {
        suite = running;
        civilAffairs = Keycloak.bearerFor(suite, "civil.haidian");
        purchaser = Keycloak.bearerFor(suite, "buyer.haidian");
    }

    @Test
    void theGatewayShowsAllFiveServicesUpOnItsManagementPort() {
        given().baseUri(suite.gatewayManagementUrl()).get("/q/health").then()
                .body("checks.find { it.name == 'govbuy-services' }.data.catalog", equalTo("UP"))
                .body("checks.find { it.name == 'govbuy-services' }.data.tender", equalTo("UP"))
                .body("checks.find { it.name == 'govbuy-services' }.data.contract", equalTo("UP"))
                .body("checks.find { it.name == 'govbuy-services' }.data.evaluation", equalTo("UP"))
                .body("checks.find { it.name == 'govbuy-services' }.data.credit", equalTo("UP"));
    }

    @Test
    void oneApiDocumentCoversEveryService() {
        given().get("/openapi").then().statusCode(200)
                .body("tags.name", hasItems("catalog", "tender", "contract", "evaluation", "credit"))
                .body("paths.keySet()", hasItems("/api/v1/suppliers", "/api/v1/public/suppliers/{uscc}",
                        "/api/v1/tenders/suppliers/{uscc}"));
        given().baseUri(suite.gatewayManagementUrl()).get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void aRegisteredSupplierReachesTenderService() {
        // how fast is measured in RegistrationLatencyBenchmark (docs/benchmarks.md), not asserted here
        registerAndAwaitProjection(newUscc());
    }

    @Test
    void theServicesCheckTokensAndRolesBehindTheGateway() {
        String uscc = newUscc();
        given().contentType(ContentType.JSON).body(registration(uscc)).post("/api/v1/suppliers")
                .then().statusCode(401);
        // the service checks the token itself, not only the gateway in front of it
        given().baseUri(suite.serviceUrl(8085)).contentType(ContentType.JSON).body(registration(uscc))
                .post("/api/v1/suppliers").then().statusCode(401).contentType("application/problem+json");
        given().baseUri(suite.serviceUrl(8085)).header("Authorization", purchaser).contentType(ContentType.JSON)
                .body(registration(uscc)).post("/api/v1/suppliers").then().statusCode(403);
        given().header("Authorization", purchaser).contentType(ContentType.JSON).body(registration(uscc))
                .post("/api/v1/suppliers").then().statusCode(403);
        given().header("Authorization", Keycloak.bearerFor(suite, "supplier.xingguang"))
                .get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(403);
        given().get("/api/v1/public/suppliers/" + uscc).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCreditRecordEnteredByFinanceChangesTheLevelTenderServiceSees() {
        String uscc = newUscc();
        registerAndAwaitProjection(uscc);
        String finance = Keycloak.bearerFor(suite, "finance.haidian");
        given().header("Authorization", finance).contentType(ContentType.JSON).body("""
                {"kind":"FALSE_INFORMATION","severity":"SERIOUS","source":"FINANCE","evidenceReference":"京财监〔2026〕7号",
                 "reason":"业绩材料不实","occurredOn":"%s"}""".formatted(java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Shanghai")))).post("/api/v1/suppliers/" + uscc + "/credit-records")
                .then().statusCode(201);
        long deadline = System.nanoTime() + 10_000_000_000L;
        String level = null;
        while (System.nanoTime() < deadline && !"B".equals(level)) {
            level = given().header("Authorization", purchaser).get("/api/v1/tenders/suppliers/" + uscc)
                    .then().statusCode(200).extract().path("creditLevel");
            sleep(20);
        }
        assertThat(level).isEqualTo("B");
        given().get("/api/v1/public/suppliers/" + uscc).then().body("creditLevel", equalTo("B"));
        // the score names its policy version, whose rules anyone reads through the gateway (ADR 25)
        String version = given().header("Authorization", purchaser).get("/api/v1/suppliers/" + uscc + "/credit-report")
                .then().statusCode(200).extract().path("score.policyVersion");
        given().get("/api/v1/public/credit-policies/" + version).then().statusCode(200).body("version", equalTo(version));
    }

    @Test
    void theDemoRunsThroughTheGateway() {
        String output = suite.runDemo();
        assertThat(output).contains("Demo finished.").doesNotContain("NEVER");
        // the pilot catalogue published through the gateway reached tender-service's projection
        assertThat(output).contains("{\"code\":\"A07.02\",\"purchasable\":true,\"reason\":\"LISTED\"")
                .contains("{\"code\":\"E13.02\",\"purchasable\":false,\"reason\":\"EXCLUDED\"");
        // credit: one organisation notified, heard and debarred, one notified that it is to be abnormal-listed
        assertThat(output).contains("{\"status\":\"DEBARRED\",\"decidedOn\"").contains("\"debarment\":{\"startsOn\"")
                .contains("{\"status\":\"PROPOSED\",\"notifiedOn\"");
        // the opening, reached by moving tender-service's clock: three valid bids open lot 1, lot 2 fails
        assertThat(output).contains("the tender is OPENED").contains("{\"lot\":1,\"outcome\":\"OPENED\",\"validBids\":3,")
                .contains("{\"lot\":2,\"outcome\":\"FAILED\",\"validBids\":0,");
        // the award on the second tender: committee drawn, scored, published, challenged, rejected, final
        assertThat(output).contains("{\"rank\":1,\"bidder\":\"星光敬老协会\"")
                .contains("\"upheld\":false")
                .contains("{\"status\":\"FINAL\",\"winner\":\"星光敬老协会\",\"price\":520000,\"noticeNumber\":\"ZB-");
        // its contract: drafted from the award, signed, filed, public, reported on, first installment paid 6:2:2
        assertThat(output).contains("{\"status\":\"DRAFT\",\"supplier\":\"星光敬老协会\",\"amount\":520000,")
                .contains("{\"status\":\"ACTIVE\",\"filedAt\"")
                .contains("\"fundingLevels\":[\"PROVINCE\",\"PREFECTURE\",\"COUNTY\"],\"status\":\"ACTIVE\"}")
                .contains("{\"status\":\"PAID\",\"amount\":156000,")
                .contains("\"funding\":[\"PROVINCE 93600\",\"PREFECTURE 31200\",\"COUNTY 31200\"]}")
                .contains("{\"status\":422,\"violations\":[{\"field\":\"amount\"");
        // its mid-term evaluation: a drawn agency (never the tied one), recipients, scores, the supplier's acceptance,
        // then across services on the broker: the installment it triggers released, and a credit record
        assertThat(output).contains("{\"type\":\"MID_TERM\",\"status\":\"SCHEDULED\",\"opensOn\":\"" + Purchase.YEAR + "-07-02\"")
                .contains("\"excluded\":{\"AGENCY-BJ-003\":\"tied to the supplier's side [51110108MJ00000025]\"}")
                .contains("{\"status\":409,\"detail\":\"one response per survey code: this code has been used\"}")
                .contains("{\"status\":\"PROPOSED\",\"score\":92.67,\"grade\":\"EXCELLENT\"")
                .contains("    HTTP 404")
                .contains("\"evidence\":null}")
                .contains("{\"status\":\"COMPLETED\",\"grade\":\"EXCELLENT\",\"completedOn\":\"" + Purchase.YEAR + "-07-02\"}")
                .contains("\"supplierName\":\"星光敬老协会\",\"type\":\"MID_TERM\",\"score\":92.67,\"grade\":\"EXCELLENT\"")
                .contains("{\"number\":2,\"trigger\":\"MID_TERM_EVALUATION\",\"amount\":208000,\"payable\":208000,")
                .contains("{\"kind\":\"PERFORMANCE_EVALUATION\",\"severity\":\"NONE\",\"positive\":true,\"source\":\"EVALUATION_RESULT\"")
                // policy 2026.2: base 90, a positive record +3; level A from 85
                .contains("{\"name\":\"星光敬老协会\",\"creditLevel\":\"A\",\"score\":93,");
        // lot 2 of the second tender goes to 北京市助残公益基金会, whose mid-term fails. By hand, agency share 0.6:
        // quantity 4 of 12 due x 20 = 6.67, survey 2.4/5 x 20 = 9.6, quality (8/20 x 0.6 + 9/20 x 0.4) x 30 = 12.6,
        // funds (11/20 x 0.6 + 12/20 x 0.4) x 20 = 11.4, development (4/10 x 0.6 + 5/10 x 0.4) x 10 = 4.4: 44.67.
        // Rectification and a re-evaluation are ordered; across services the installment is withheld and the fail
        // becomes a general negative credit record
        assertThat(output).contains("{\"rank\":1,\"bidder\":\"北京市助残公益基金会\",\"price\":150000,")
                .contains("{\"status\":\"FINAL\",\"winner\":\"北京市助残公益基金会\",\"price\":150000,\"noticeNumber\":\"ZB-")
                .contains("{\"lot\":2,\"status\":\"ACTIVE\",\"supplier\":\"北京市助残公益基金会\",\"amount\":150000,")
                .contains("{\"status\":\"PROPOSED\",\"score\":44.67,\"grade\":\"FAIL\"")
                .contains("{\"status\":\"COMPLETED\",\"grade\":\"FAIL\",\"rectificationRequired\":true,\"rectificationDueOn\":\""
                        + Purchase.YEAR + "-08-31\"}")
                .contains("{\"type\":\"MID_TERM\",\"reEvaluation\":true,\"status\":\"SCHEDULED\"")
                .contains("{\"number\":2,\"trigger\":\"MID_TERM_EVALUATION\",\"amount\":60000,\"payable\":0,\"withheld\":60000,"
                        + "\"grade\":\"FAIL\",\"rectificationRequired\":true}")
                .contains("{\"kind\":\"PERFORMANCE_EVALUATION\",\"severity\":\"GENERAL\",\"positive\":false,"
                        + "\"source\":\"EVALUATION_RESULT\"")
                // a general negative record -5: 85, still A, on the threshold; one more and it is B
                .contains("{\"name\":\"北京市助残公益基金会\",\"creditLevel\":\"A\",\"score\":85,");
    }

    /** Registers through the gateway and waits until tender-service knows; returns how long it took (ms). */
    static long registerAndAwaitProjection(String uscc) {
        long started = System.nanoTime();
        given().header("Authorization", civilAffairs).contentType(ContentType.JSON).body(registration(uscc))
                .post("/api/v1/suppliers").then().statusCode(201);
        long deadline = started + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            int status = given().header("Authorization", purchaser).get("/api/v1/tenders/suppliers/" + uscc)
                    .then().extract().statusCode();
            if (status == 200) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            assertThat(status).isEqualTo(404);
            sleep(10);
        }
        throw new AssertionError(uscc + " did not reach tender-service within 30 s");
    }

    private static String registration(String uscc) {
        return Registrations.body(uscc, "端到端测试社工站", "110108", "北京市海淀区民政局");
    }

    /** A valid unified social credit code (GB 32100-2015 check character) of a Haidian social service organisation. */
    static String newUscc() {
        return newUscc("52110108");
    }

    /** A valid code whose first eight characters are {@code prefix} (kind and registering division). */
    static String newUscc(String prefix) {
        String first17 = prefix + String.format("MJ%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
