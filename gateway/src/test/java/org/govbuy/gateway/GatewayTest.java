package org.govbuy.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import org.govbuy.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = UpstreamStandIns.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class GatewayTest {

    /** A token for the portal: the gateway's audience; each test its own client for the rate limit. */
    private static String bearer() {
        return TestTokens.forAudience("govbuy-gateway").subject("user-" + UUID.randomUUID()).roles("purchaser")
                .bearer();
    }

    @Test
    void routesEachPrefixToTheServiceThatOwnsItAndForwardsTheToken() {
        String token = bearer();
        given().header("Authorization", token).get("/api/v1/suppliers/91350100M000100Y43")
                .then().statusCode(200).body("service", equalTo("credit"))
                .body("path", equalTo("/api/v1/suppliers/91350100M000100Y43"))
                .body("authorization", equalTo(token));
        given().header("Authorization", token).get("/api/v1/tenders/suppliers/91350100M000100Y43")
                .then().statusCode(200).body("service", equalTo("tender"));
        given().header("Authorization", token).get("/api/v1/catalogues")
                .then().statusCode(200).body("service", equalTo("catalog"));
    }

    @Test
    void aPrefixMatchesWholePathSegmentsOnly() {
        given().header("Authorization", bearer()).get("/api/v1/suppliersX")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void publicReadsNeedNoTokenButEverythingElseDoes() {
        given().get("/api/v1/public/suppliers/91350100M000100Y43").then().statusCode(200)
                .body("service", equalTo("credit"));
        given().get("/api/v1/suppliers/91350100M000100Y43").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/public/suppliers").then().statusCode(401);
        // the one public write: a recipient's survey answer with the code on their slip (ADR 46)
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/public/evaluations/survey-responses").then()
                .statusCode(200).body("service", equalTo("evaluation")).body("method", equalTo("POST"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/public/evaluations/x").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/public/evaluations/survey-responses").then()
                .statusCode(401);
    }

    @Test
    void theEdgeRefusesTokensOfTheWrongAudienceIssuerOrAge() {
        given().header("Authorization", TestTokens.forAudience("govbuy-credit").roles("purchaser").bearer())
                .get("/api/v1/suppliers/x").then().statusCode(401);
        given().header("Authorization", TestTokens.forAudience("govbuy-gateway").issuer("https://elsewhere")
                .bearer()).get("/api/v1/suppliers/x").then().statusCode(401);
        given().header("Authorization", TestTokens.forAudience("govbuy-gateway")
                .expiredAt(java.time.Instant.now().minusSeconds(30)).bearer()).get("/api/v1/suppliers/x")
                .then().statusCode(401);
    }

    @Test
    void aRequestIdIsSetWhenAbsentAndKeptWhenGiven() {
        String generated = given().header("Authorization", bearer()).get("/api/v1/contracts/1")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().header("Authorization", bearer()).get("/api/v1/contracts/2").then()
                .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo(generated)));
        given().header("Authorization", bearer()).header("X-Request-Id", "portal-42").get("/api/v1/contracts/3")
                .then().statusCode(200).header("X-Request-Id", "portal-42").body("requestId", equalTo("portal-42"));
        given().header("X-Request-Id", "anonymous-7").get("/api/v1/suppliers/x")
                .then().statusCode(401).header("X-Request-Id", "anonymous-7");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413BeforeReachingTheService() {
        String path = "/api/v1/evaluations/too-big-" + UUID.randomUUID();
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        given().header("Authorization", bearer()).contentType(ContentType.BINARY).body(body).post(path)
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(UpstreamStandIns.RECEIVED).noneMatch(r -> r.endsWith(path));

        given().header("Authorization", bearer()).contentType(ContentType.BINARY).body(new byte[1000])
                .post("/api/v1/evaluations/small").then().statusCode(200).body("bodyLength", equalTo(1000));
    }

    @Test
    void bidDocumentsMayBeLargerButOnlyOnTheirOwnRouteAndWithinTheirOwnLimit() {
        byte[] twoMebibytes = new byte[2 * 1024 * 1024];
        String documents = "/api/v1/tenders/" + UUID.randomUUID() + "/lots/1/documents/proposal.pdf";
        given().header("Authorization", bearer()).contentType("application/pdf").body(twoMebibytes).put(documents)
                .then().statusCode(200).body("service", equalTo("tender")).body("bodyLength", equalTo(2 * 1024 * 1024));
        String bids = "/api/v1/tenders/" + UUID.randomUUID() + "/lots/1/bids";
        given().header("Authorization", bearer()).contentType(ContentType.BINARY).body(twoMebibytes).post(bids)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(UpstreamStandIns.RECEIVED).noneMatch(r -> r.endsWith(bids));
        byte[] overTwenty = new byte[20 * 1024 * 1024 + 1];
        given().header("Authorization", bearer()).contentType("application/pdf").body(overTwenty)
                .put("/api/v1/tenders/x/lots/1/documents/huge.pdf").then().statusCode(413);
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileOthersGoOn() {
        String greedy = TestTokens.forAudience("govbuy-gateway").subject("greedy-client").roles("purchaser")
                .bearer();
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 40; i++) {
            var response = given().header("Authorization", greedy).get("/api/v1/tenders/1").then().extract();
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(statuses).contains(200, 429);
        assertThat(retryAfter).isNotNull().matches("[1-9][0-9]*");
        given().header("Authorization", bearer()).get("/api/v1/tenders/1").then().statusCode(200);
    }

    @Test
    void aServiceThatIsDownGivesAProblem503Quickly() {
        long started = System.nanoTime();
        given().header("Authorization", bearer()).get("/api/v1/offline/anything")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("offline-service is not reachable"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void oneOpenApiDocumentCoversEveryServiceAndIsReusedRatherThanFetchedPerRequest() {
        given().get("/openapi").then().statusCode(200);
        long asked = UpstreamStandIns.RECEIVED.stream().filter(r -> r.equals("credit GET /q/openapi")).count();
        for (int i = 0; i < 5; i++) {
            given().get("/openapi").then().statusCode(200);
        }
        assertThat(UpstreamStandIns.RECEIVED.stream().filter(r -> r.equals("credit GET /q/openapi")).count())
                .as("five more anonymous reads, no more fetches").isEqualTo(asked);
        given().get("/openapi").then().statusCode(200)
                .body("info.title", equalTo("GovBuy API"))
                .body("paths.keySet()", hasItems("/api/v1/catalog-things", "/api/v1/tender-things",
                        "/api/v1/contract-things", "/api/v1/evaluation-things", "/api/v1/credit-things"))
                .body("tags.name", hasItems("catalog", "tender", "contract", "evaluation", "credit"))
                .body("paths.'/api/v1/credit-things'.get.tags", hasItems("credit"))
                .body("'x-govbuy-unavailable'", hasItems("offline"));
    }

    @Test
    void healthMetricsAndSwaggerUiAreOnTheManagementPortOnly() {
        String management = "http://127.0.0.1:" + managementPort();
        given().baseUri(management).get("/q/health").then().statusCode(503)
                .body("checks.find { it.name == 'govbuy-services' }.data.credit", equalTo("UP"))
                .body("checks.find { it.name == 'govbuy-services' }.data.catalog", equalTo("UP"))
                .body("checks.find { it.name == 'govbuy-services' }.data.offline", equalTo("UNREACHABLE"));
        given().baseUri(management).get("/q/health/ready").then().statusCode(200);
        given().baseUri(management).get("/q/metrics").then().statusCode(200);
        given().baseUri(management).get("/q/swagger-ui/").then().statusCode(200);
        given().baseUri(management).get("/q/govbuy-openapi").then().statusCode(200)
                .body("info.title", equalTo("GovBuy API"));
        for (String path : new String[] { "/q/health", "/q/metrics", "/q/swagger-ui/" }) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void anonymousCallersCannotEscapeTheRateLimitByClaimingAnotherAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(given().header("X-Forwarded-For", "203.0.113." + i).get("/api/v1/public/suppliers/x")
                    .then().extract().statusCode());
        }
        assertThat(statuses).contains(429);
    }

    static int managementPort() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.management.test-port", Integer.class);
    }

    @Test
    void portalsOfConfiguredOriginsMayCallTheApi() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/suppliers").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/suppliers").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
