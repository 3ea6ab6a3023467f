package org.govbuy.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a load balancer the rate limiter keys on the client the trusted proxy names
 * (X-Forwarded-For), so two clients behind one balancer do not share a bucket.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindALoadBalancer.class)
class TrustedProxyTest {

    public static class BehindALoadBalancer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void eachClientNamedByTheTrustedProxyHasItsOwnBucket() {
        List<Integer> manyClients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            manyClients.add(given().header("X-Forwarded-For", "198.51.100." + i).get("/api/v1/public/suppliers/x")
                    .then().extract().statusCode());
        }
        assertThat(manyClients).doesNotContain(429);
        List<Integer> oneClient = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            oneClient.add(given().header("X-Forwarded-For", "198.51.100.200").get("/api/v1/public/suppliers/x")
                    .then().extract().statusCode());
        }
        assertThat(oneClient).contains(429);
    }
}
