package org.govbuy.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What operators and the gateway rely on in every service: readiness with the database (not
 * Kafka: writes wait in the outbox while the broker is away), Kafka and the outbox backlog in the
 * wellness check, Prometheus metrics, an OpenAPI document, and problem+json for unknown paths. A
 * service's test extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceOperationsContract {

    /** The service's OpenAPI title, e.g. "GovBuy credit-service". */
    protected abstract String openApiTitle();

    /** The audience of the service's tokens, e.g. "govbuy-credit". */
    protected abstract String audience();

    @Test
    void everyReadEndpointRefusesBadParametersWithAProblemNamingThem() {
        String everyone = TestTokens.forAudience(audience()).subject("walker")
                .roles("purchaser", "finance", "civil-affairs", "supplier", "expert", "evaluator", "auditor",
                        "catalog-admin", "operator")
                .claim("org_code", "11010801").claim("region", "110108").claim("uscc", "52110108MJ0000001Y")
                .claim("agency_id", "AGENCY-001").bearer();
        java.util.List<InputLimitsWalk.Probe> probes = InputLimitsWalk.probes();
        org.assertj.core.api.Assertions.assertThat(probes).as("the walk found the service's read endpoints")
                .isNotEmpty();
        java.util.List<String> wrong = probes.stream().map(probe -> InputLimitsWalk.check(probe, everyone))
                .filter(java.util.Objects::nonNull).toList();
        org.assertj.core.api.Assertions.assertThat(wrong).isEmpty();
    }

    @Test
    void isLiveAndReadyWithItsDatabaseButNotWithKafka() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItem("kafka")));
    }

    @Test
    void reportsKafkaWithTheOutboxBacklogAsWellness() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.data.outboxBacklog", notNullValue());
    }

    @Test
    void exposesPrometheusMetricsWithTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("govbuy_outbox_backlog"))
                .body(containsString("govbuy_outbox_parked"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(openApiTitle()));
    }

    @Test
    void anUnknownPathIsAProblem404() {
        given().get("/api/v1/no-such-resource").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
