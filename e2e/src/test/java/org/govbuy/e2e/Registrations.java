package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.restassured.http.ContentType;

/** Organisations registered in Haidian through the gateway, for the tests that break things around them. */
final class Registrations {

    private Registrations() {
    }

    /** Civil affairs registers {@code how} organisations named {@code name}N; each is accepted (201) within 5 s. */
    static List<String> accepted(WholeSuite suite, int how, String name) {
        String civilAffairs = Keycloak.bearerFor(suite, "civil.haidian");
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            String uscc = SupplierRegistrationIT.newUscc();
            long started = System.nanoTime();
            given().header("Authorization", civilAffairs).contentType(ContentType.JSON)
                    .body(body(uscc, name + i, "110108", "北京市海淀区民政局")).post("/api/v1/suppliers").then().statusCode(201);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("accepted without waiting for anything downstream")
                    .isLessThan(Duration.ofSeconds(5));
            usccs.add(uscc);
        }
        return usccs;
    }

    /** A registration of a social service organisation established in 2019. */
    static String body(String uscc, String name, String region, String authority) {
        return """
                {"uscc":"%s","name":"%s","organisationType":"SOCIAL_SERVICE_ORGANISATION",
                 "registrationAuthority":"%s","establishedOn":"2019-06-01","region":"%s"}"""
                .formatted(uscc, name, authority, region);
    }

    /** Waits until tender-service's supplier projection has every one of them. */
    static void arriveInTenderService(WholeSuite suite, List<String> usccs) {
        arriveInTenderService(suite, usccs, Duration.ofSeconds(90));
    }

    /** Waits at most {@code limit} until tender-service's supplier projection has every one of them. */
    static void arriveInTenderService(WholeSuite suite, List<String> usccs, Duration limit) {
        String purchaser = Keycloak.bearerFor(suite, "buyer.haidian");
        await().atMost(limit).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String uscc : usccs) {
                given().header("Authorization", purchaser).get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(200);
            }
        });
    }
}
