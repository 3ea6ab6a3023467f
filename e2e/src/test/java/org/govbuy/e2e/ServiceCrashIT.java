package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


/**
 * kill -9 at the worst moments: the service that accepted a write (a registration, sealed bids) dies
 * right after answering it, and a consumer dies while the events it consumes are arriving. After a
 * restart nothing accepted is lost and nothing is done twice.
 */
@ExtendWith(WholeSuiteExtension.class)
class ServiceCrashIT {

    private static final String REGISTERED = "govbuy.credit.supplier.registered.v1";

    @Test
    void theServiceKilledRightAfterAcceptingWritesLosesNoneAndPublishesEachOnce(WholeSuite suite) {
        List<String> usccs = Registrations.accepted(suite, 3, "崩溃演练社工站");
        suite.signal("credit", "KILL");
        suite.startService("credit", 1);
        Registrations.arriveInTenderService(suite, usccs);
        for (String uscc : usccs) {
            given().get("/api/v1/public/suppliers/" + uscc).then().statusCode(200);
            assertThat(suite.count("credit", "SELECT count(*) FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                    REGISTERED, uscc)).as("registration events of " + uscc).isEqualTo(1);
        }
    }

    @Test
    void theConsumerKilledWhileEventsArriveCatchesUpAndAppliesEachOnce(WholeSuite suite) {
        List<String> usccs = Registrations.accepted(suite, 10, "崩溃演练社工站");
        suite.signal("tender", "KILL");
        suite.startService("tender", 1);
        Registrations.arriveInTenderService(suite, usccs);
        for (String uscc : usccs) {
            String eventId = suite.queryText("credit", "SELECT id::text FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                    REGISTERED, uscc);
            assertThat(suite.count("tender", "SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId))
                    .as("tender-service applied " + eventId + " once").isEqualTo(1);
        }
    }

    @Test
    void tenderServiceKilledRightAfterAcceptingSealedBidsOpensEachOfThemOnce(WholeSuite suite) {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "崩溃投标");
        Map<SupplierAccounts.Account, String> bearers = SupplierAccounts.bearers(suite, suppliers);
        String plan = Purchase.approvedPlan(suite, 540_000);
        // room for a restart before the deadline; the opening is the durable job's, after it
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(75);
        String tender = Purchase.announcedOpenTender(suite, plan, 540_000, deadline, deadline.plusSeconds(1));
        List<String> bids = Purchase.sealedBids(tender, bearers.values(), "崩溃演练方案");
        suite.signal("tender", "KILL");
        suite.startService("tender", 1);
        assertThat(Instant.now()).as("restarted before the deadline").isBefore(deadline);

        List<String> opened = Purchase.openedBids(tender, Duration.ofSeconds(150));
        assertThat(opened).containsExactlyInAnyOrderElementsOf(bids);
        assertThat(suite.count("tender", "SELECT count(*) FROM outbox_event WHERE event_type = ? AND aggregate_id = ?",
                "govbuy.tender.bids.opened.v1", tender)).as("one opening record").isEqualTo(1);
    }
}
