package org.govbuy.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * What operators and the gateway rely on in every service: health with the database and Kafka,
 * Prometheus metrics with the outbox backlog, an OpenAPI document, and problem+json for unknown
 * paths. A service's test extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceOperationsContract {

    /** The service's OpenAPI title, e.g. "GovBuy credit-service". */
    protected abstract String openApiTitle();

    @Test
    void isLiveAndReadyWithItsDatabaseAndKafka() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("kafka", "Database connections health check"));
    }

    @Test
    void exposesPrometheusMetricsWithTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("govbuy_outbox_backlog"))
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
