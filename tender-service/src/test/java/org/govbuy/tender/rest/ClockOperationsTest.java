package org.govbuy.tender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.tender.TestInfrastructure;
import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;

/**
 * The demo suite's time machine (ADR 40): an operator moves the service's clock, and the durable
 * jobs due by then run — here the opening three weeks ahead. Nobody else may.
 */
@QuarkusTest
class ClockOperationsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    JobRunner jobs;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static String operator() {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles("operator").bearer();
    }

    @Test
    void anOperatorMovesTheClockToTheOpeningAndTheDueOpeningRuns() {
        String region = TenderFixtures.newDistrict();
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        Instant opening = deadline.plus(Duration.ofHours(1));
        String tender = TenderFixtures.announcedTender(bootstrap, region, deadline, opening);

        given().header("Authorization", "Bearer " + TenderFixtures.purchaser("ORG1", region)).contentType(ContentType.JSON)
                .body("{\"travelTo\":\"" + opening.plusSeconds(1) + "\"}").put("/api/v1/operations/clock").then()
                .statusCode(403);
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"travelTo\":\"" + opening.plusSeconds(1) + "\"}").put("/api/v1/operations/clock").then()
                .statusCode(200).body("travels", equalTo(true));
        jobs.runDue();
        assertThat(Sql.text(db, "SELECT status FROM tender WHERE id = '" + tender + "'")).isEqualTo("OPENED");

        Instant back = Instant.parse(given().header("Authorization", operator()).delete("/api/v1/operations/clock").then()
                .statusCode(200).extract().path("now"));
        assertThat(Duration.between(Instant.now(), back).abs()).isLessThan(Duration.ofMinutes(1));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/operations/clock").then().statusCode(400);
    }
}
