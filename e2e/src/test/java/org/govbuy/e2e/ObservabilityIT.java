package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * A request through the gateway can be followed in the logs: JSON lines, each naming its service,
 * the request id the gateway gave the request and one trace id from the gateway to the service.
 */
@ExtendWith(WholeSuiteExtension.class)
class ObservabilityIT {

    @Test
    void theGatewayAndTheServiceLogOneRequestWithItsIdAndOneTrace(WholeSuite suite) {
        String requestId = "e2e-" + UUID.randomUUID();
        String uscc = SupplierRegistrationIT.newUscc();
        given().header("X-Request-Id", requestId).header("Authorization", Keycloak.bearerFor(suite, "civil.haidian"))
                .contentType("application/json").body("""
                        {"uscc":"%s","name":"日志追踪协会","organisationType":"SOCIAL_SERVICE_ORGANISATION",
                         "registrationAuthority":"北京市海淀区民政局","establishedOn":"2016-03-01","region":"110108"}"""
                        .formatted(uscc)).post("/api/v1/suppliers").then().statusCode(201)
                .header("X-Request-Id", requestId);

        JsonPath gatewayLine = await().atMost(Duration.ofSeconds(20)).until(
                () -> lineWith(suite, "gateway", requestId), Optional::isPresent).orElseThrow();
        assertThat(gatewayLine.getString("service")).isEqualTo("gateway");
        assertThat(gatewayLine.getString("loggerName")).isEqualTo("org.govbuy.gateway.access");
        assertThat(gatewayLine.getString("message")).contains("POST /api/v1/suppliers").contains("201");
        String traceId = gatewayLine.getString("mdc.traceId");
        assertThat(traceId).matches("[0-9a-f]{32}");

        JsonPath serviceLine = await().atMost(Duration.ofSeconds(20)).until(
                () -> lineWith(suite, "credit", requestId), Optional::isPresent).orElseThrow();
        assertThat(serviceLine.getString("service")).isEqualTo("credit-service");
        assertThat(serviceLine.getString("message")).contains(uscc + " registered");
        assertThat(serviceLine.getString("mdc.traceId")).as("the service continues the gateway's trace")
                .isEqualTo(traceId);
    }

    /** The first JSON log line of {@code process} whose request id is {@code requestId}. */
    private static Optional<JsonPath> lineWith(WholeSuite suite, String process, String requestId) throws IOException {
        List<String> lines = Files.readAllLines(suite.logOf(process));
        return lines.stream().filter(line -> line.startsWith("{") && line.contains(requestId)).map(JsonPath::from)
                .filter(json -> requestId.equals(json.getString("mdc.requestId"))).findFirst();
    }
}
