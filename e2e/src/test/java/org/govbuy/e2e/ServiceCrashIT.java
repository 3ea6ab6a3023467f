package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * kill -9 at the worst moments: the service that accepted a write (a registration, sealed bids) dies
 * right after answering it, and a consumer dies while the events it consumes are arriving. After a
 * restart nothing accepted is lost and nothing is done twice.
 */
@ExtendWith(WholeSuiteExtension.class)
class ServiceCrashIT {

    private static final String REGISTERED = "govbuy.credit.supplier.registered.v1";

    @Test
    void theServiceKilledRightAfterAcceptingWritesLosesNoneAndPublishesEachOnce(WholeSuite suite) throws Exception {
        List<String> usccs = Registrations.accepted(suite, 3, "崩溃演练社工站");
        kill(suite, "credit");
        suite.startService("credit", 1);
        Registrations.arriveInTenderService(suite, usccs);
        for (String uscc : usccs) {
            given().get("/api/v1/public/suppliers/" + uscc).then().statusCode(200);
            assertThat(count(suite, "credit", "SELECT count(*) FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                    REGISTERED, uscc)).as("registration events of " + uscc).isEqualTo(1);
        }
    }

    @Test
    void theConsumerKilledWhileEventsArriveCatchesUpAndAppliesEachOnce(WholeSuite suite) throws Exception {
        List<String> usccs = Registrations.accepted(suite, 10, "崩溃演练社工站");
        kill(suite, "tender");
        suite.startService("tender", 1);
        Registrations.arriveInTenderService(suite, usccs);
        for (String uscc : usccs) {
            String eventId = text(suite, "credit", "SELECT id::text FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                    REGISTERED, uscc);
            assertThat(count(suite, "tender", "SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId))
                    .as("tender-service applied " + eventId + " once").isEqualTo(1);
        }
    }

    @Test
    void tenderServiceKilledRightAfterAcceptingSealedBidsOpensEachOfThemOnce(WholeSuite suite) throws Exception {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "崩溃投标");
        Map<SupplierAccounts.Account, String> bearers = SupplierAccounts.bearers(suite, suppliers);
        String plan = Purchase.approvedPlan(suite, 540_000);
        // room for a restart before the deadline; the opening is the durable job's, after it
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(75);
        String tender = Purchase.announcedOpenTender(suite, plan, 540_000, deadline, deadline.plusSeconds(1));
        List<String> bids = new ArrayList<>();
        int n = 0;
        for (String bearer : bearers.values()) {
            bids.add(given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(Purchase.bid(520_000 - 10_000 * n++, "崩溃演练方案")).post("/api/v1/tenders/" + tender + "/lots/1/bids")
                    .then().statusCode(201).extract().path("bidId"));
        }
        kill(suite, "tender");
        suite.startService("tender", 1);
        assertThat(Instant.now()).as("restarted before the deadline").isBefore(deadline);

        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() ->
                "OPENED".equals(given().get("/api/v1/public/tenders/" + tender).then().extract().path("announcement.status")));
        List<String> opened = given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).extract()
                .path("opening.lots[0].bids.bidId");
        assertThat(opened).containsExactlyInAnyOrderElementsOf(bids);
        assertThat(count(suite, "tender", "SELECT count(*) FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                "govbuy.tender.bids.opened.v1", tender)).as("one opening record").isEqualTo(1);
    }

    /** SIGKILL, as a node failure would: no shutdown hook, no flush, no goodbye to the broker. */
    private static void kill(WholeSuite suite, String service) throws Exception {
        long pid = suite.pidOf(service);
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    private static long count(WholeSuite suite, String service, String sql, String... parameters) throws Exception {
        return Long.parseLong(text(suite, service, sql, parameters));
    }

    private static String text(WholeSuite suite, String service, String sql, String... parameters) throws Exception {
        try (Connection db = suite.database(service); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getString(1);
            }
        }
    }
}
