package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The opening is a durable job, not a timer in one process: when its time passes while
 * tender-service is down, the tender opens when the service comes back — once, even when two
 * instances (two processes on one database) start together.
 */
@ExtendWith(WholeSuiteExtension.class)
class MissedOpeningIT {

    private static final long LOT_BUDGET = 540_000;

    @Test
    void anOpeningMissedWhileTheServiceWasDownIsCarriedOutOnceWhenTwoInstancesStart(WholeSuite suite) throws Exception {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "补开");
        String plan = Purchase.approvedPlan(suite, LOT_BUDGET);
        Map<SupplierAccounts.Account, String> bearers = SupplierAccounts.bearers(suite, suppliers);
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(8);
        Instant opening = deadline.plusSeconds(2);
        String tender = Purchase.announcedOpenTender(suite, plan, LOT_BUDGET, deadline, opening);
        int n = 0;
        for (String bearer : bearers.values()) {
            given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(Purchase.bid(500_000 + 1_000 * n++, "补开方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids")
                    .then().statusCode(201);
        }

        suite.stopService("tender", 1);
        try {
            sleepUntil(opening.plusSeconds(2));
            assertThat(openedEvents(suite, tender)).as("nothing opened it while the service was down").isZero();
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> suite.startService("tender", 2));
            suite.startService("tender", 1);
            second.join();

            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                    "OPENED".equals(given().get("/api/v1/public/tenders/" + tender).then().statusCode(200)
                            .extract().path("announcement.status")));
            // give the other instance every chance to open it a second time
            Thread.sleep(3_000);
        } finally {
            suite.startService("tender", 1);
            suite.stopService("tender", 2);
        }
        JsonPath record = given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).extract().jsonPath();
        assertThat(record.getString("opening.lots[0].outcome")).isEqualTo("OPENED");
        assertThat(record.getList("opening.lots[0].bids.leadUscc"))
                .containsExactlyInAnyOrderElementsOf(suppliers.stream().map(SupplierAccounts.Account::uscc).toList());
        assertThat(Instant.parse(record.getString("opening.openedAt"))).isAfter(opening.plusSeconds(2));

        assertThat(openedEvents(suite, tender)).as("one opening record published").isEqualTo(1);
        try (Connection db = suite.database("tender");
                ResultSet job = db.createStatement().executeQuery("SELECT attempts, done_at IS NOT NULL FROM scheduled_job"
                        + " WHERE kind = 'tender.open-bids' AND job_key = '" + tender + "'")) {
            assertThat(job.next()).isTrue();
            assertThat(job.getInt(1)).as("attempts").isEqualTo(1);
            assertThat(job.getBoolean(2)).as("done").isTrue();
        }
        // exactly one of the two processes opened it, and says so in its log
        String line = "tender " + tender + " opened";
        long loggedBy = List.of(suite.logOf("tender"), suite.logOf("tender-2")).stream()
                .filter(log -> contains(log, line)).count();
        assertThat(loggedBy).isEqualTo(1);
    }

    private static long openedEvents(WholeSuite suite, String tender) throws Exception {
        try (Connection db = suite.database("tender");
                ResultSet count = db.createStatement().executeQuery("SELECT count(*) FROM outbox_event"
                        + " WHERE event_type = 'govbuy.tender.bids.opened.v1' AND aggregate_id = '" + tender + "'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static boolean contains(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
