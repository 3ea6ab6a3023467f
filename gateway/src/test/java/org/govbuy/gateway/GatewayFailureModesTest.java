package org.govbuy.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

import org.govbuy.testsupport.TestTokens;

/**
 * How the gateway behaves when a service misbehaves or a client sends what it should not: fast,
 * honest answers (503 only when the request cannot have reached the service), no path that means
 * one thing here and another behind, no body of undeclared size.
 */
@QuarkusTest
@QuarkusTestResource(value = UpstreamStandIns.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class GatewayFailureModesTest {

    private static String bearer() {
        return TestTokens.forAudience("govbuy-gateway").subject("user-" + UUID.randomUUID()).roles("purchaser")
                .bearer();
    }

    @Test
    void aServiceThatAcceptsButStaysSilentGets504WithinItsResponseTimeoutAndNeverA503() {
        for (String method : List.of("GET", "POST")) {
            long started = System.nanoTime();
            given().header("Authorization", bearer()).contentType(ContentType.JSON).body(method.equals("POST") ? "{}" : "")
                    .request(method, "/api/v1/stalled/" + UUID.randomUUID()).then().statusCode(504)
                    .contentType("application/problem+json").header("Retry-After", nullValue())
                    .body("detail", containsString("may have been applied"));
            // the route's time-out is 1 s; without it the caller waited for the idle time-out (30 s)
            assertThat((System.nanoTime() - started) / 1_000_000).as(method + " answered after the 1 s time-out")
                    .isLessThan(10_000);
        }
    }

    @Test
    void aServiceThatDropsTheConnectionGives502() {
        given().header("Authorization", bearer()).contentType(ContentType.JSON).body("{\"a\":1}")
                .post("/api/v1/breaking/things").then().statusCode(502).contentType("application/problem+json")
                .header("Retry-After", nullValue());
    }

    @Test
    void whenEveryConnectionToAServiceIsBusyTheNextRequestIsRefusedAtOnceWith503() throws Exception {
        ExecutorService parallel = Executors.newSingleThreadExecutor();
        try {
            // the busy service allows one connection and no waiting: this request occupies it (20 s)
            CompletableFuture<Integer> occupying = CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", bearer()).get("/api/v1/busy/occupying").then().extract().statusCode(),
                    parallel);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> UpstreamStandIns.RECEIVED.contains("busy GET /api/v1/busy/occupying"));
            given().header("Authorization", bearer()).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/busy/refused").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("detail", containsString("safe to repeat"));
            assertThat(occupying).as("refused without waiting for the busy connection").isNotDone();
            assertThat(UpstreamStandIns.RECEIVED).doesNotContain("busy POST /api/v1/busy/refused");
        } finally {
            parallel.shutdownNow();
        }
    }

    @Test
    void anAnswerCarriesTheRequestIdOnce() {
        Response response = given().header("Authorization", bearer()).header("X-Request-Id", "portal-once")
                .get("/api/v1/contracts/1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("portal-once");
    }

    @Test
    void pathsThatAreNotNormalizedAreRefusedAtTheEdge() throws IOException {
        for (String path : List.of("/api/v1/public/../suppliers/x", "/api/v1/public/%2e%2e/suppliers/x",
                "/api/v1//suppliers/x", "/api/v1/public/suppliers%2Fx", "/api/v1/public/suppliers/x;jsessionid=1",
                "/api/v1/public/suppliers/%252e%252e")) {
            String answer = rawGet(path);
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
        assertThat(rawGet("/api/v1/public/suppliers/x")).startsWith("HTTP/1.1 200");
    }

    @Test
    void anOverlongQueryIsA414Problem() {
        given().queryParam("q", "x".repeat(10_000)).get("/api/v1/public/suppliers").then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void anHttp2RequestCannotStreamABodyOfUndeclaredSizePastTheCap() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                    .setHttp2ClearTextUpgrade(false));
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            var answer = client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                    .setPort(port).setURI("/api/v1/evaluations/streamed").putHeader("Authorization", bearer()))
                    .compose(request -> {
                        request.setChunked(true);
                        request.write(Buffer.buffer(new byte[64 * 1024]));
                        // the gateway answers without reading: the body may never fully leave the client
                        request.end(Buffer.buffer(new byte[64 * 1024]));
                        return request.response();
                    }).compose(response -> response.body().map(body -> response.version() + " "
                            + response.statusCode() + " " + body))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(answer).startsWith("HTTP_2 411").contains("Content-Length");
            assertThat(UpstreamStandIns.RECEIVED).noneMatch(r -> r.endsWith("/api/v1/evaluations/streamed"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** A request line written as is, so no client library normalizes the path first. */
    private static String rawGet(String path) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
