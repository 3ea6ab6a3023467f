package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 at the worst moments: the service that accepted a write (a registration) dies right after
 * answering it, and a consumer dies while the events it consumes are arriving. After a restart
 * nothing accepted is lost and nothing is done twice. The steps of a purchase are
 * {@link PurchaseCrashIT}'s.
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
            suite.eventOf("credit", REGISTERED, uscc); // recorded once
        }
    }

    @Test
    void theConsumerKilledWhileEventsArriveCatchesUpAndAppliesEachOnce(WholeSuite suite) {
        List<String> usccs = Registrations.accepted(suite, 10, "崩溃演练社工站");
        suite.signal("tender", "KILL");
        suite.startService("tender", 1);
        // the killed instance never left its consumer group: the broker gives up on it within seconds
        // (session.timeout.ms), so the restarted one does not wait most of a minute for its partitions
        Registrations.arriveInTenderService(suite, Registrations.accepted(suite, 1, "重启之后登记的社工站"),
                Duration.ofSeconds(15));
        Registrations.arriveInTenderService(suite, usccs);
        for (String uscc : usccs) {
            assertThat(suite.appliedBy("tender", suite.eventOf("credit", REGISTERED, uscc)))
                    .as("tender-service applied the registration of " + uscc + " once").isEqualTo(1);
        }
    }
}
