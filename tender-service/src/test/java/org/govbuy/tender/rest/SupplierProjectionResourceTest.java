package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.tender.CreditEvents;
import org.govbuy.tender.TestInfrastructure;
import org.govbuy.tender.messaging.SupplierRegisteredV1;
import org.govbuy.testsupport.TestTokens;

/** Who may read tender-service's supplier projection. */
@QuarkusTest
class SupplierProjectionResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String uscc;

    @BeforeEach
    void aKnownSupplier() {
        uscc = CreditEvents.newUscc();
        CreditEvents.send(bootstrap, CreditEvents.newEventId(), SupplierRegisteredV1.TYPE, uscc,
                CreditEvents.supplierRegistered(uscc, "权限测试协会"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", as("auditor"))
                .get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(200));
    }

    private static String as(String role) {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles(role).bearer();
    }

    @Test
    void purchasersFinanceAndAuditorsMayReadIt() {
        for (String role : new String[] { "purchaser", "finance", "auditor" }) {
            given().header("Authorization", as(role)).get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(200);
        }
    }

    @Test
    void suppliersAndExpertsMayNot() {
        given().header("Authorization", as("supplier")).get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(403);
        given().header("Authorization", as("expert")).get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(403);
    }

    @Test
    void withoutATokenItIs401AndAnUnknownSupplierIs404() {
        given().get("/api/v1/tenders/suppliers/" + uscc).then().statusCode(401);
        given().header("Authorization", as("purchaser")).get("/api/v1/tenders/suppliers/" + CreditEvents.newUscc())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
