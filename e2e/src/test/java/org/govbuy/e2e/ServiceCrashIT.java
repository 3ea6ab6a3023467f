package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 at the worst moments: the service that accepted a write dies right after answering it,
 * and a consumer dies while the events it consumes are arriving. After a restart nothing accepted is
 * lost and nothing is done twice.
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
