package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * PostgreSQL restarts in the middle of a purchase, with events on the broker waiting for a consumer:
 * the consumer waits for the database instead of giving up on them (nothing is dead-lettered), a
 * write meanwhile is told to come back (503) and leaves nothing behind, and once the server is
 * back the purchase goes on: bids are taken and the tender opens at its deadline.
 */
@ExtendWith(WholeSuiteExtension.class)
class PostgresRestartIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final List<Integer> SERVICES = List.of(8081, 8082, 8083, 8084, 8085);
    private static final String REGISTERED = "govbuy.credit.supplier.registered.v1";

    @Test
    void aRestartInTheMiddleOfAPurchaseDeadLettersNothingAndThePurchaseCompletes(WholeSuite suite) throws IOException {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, 3, "重启投标");
        List<String> bearers = List.copyOf(SupplierAccounts.bearers(suite, suppliers).values());
        String plan = Purchase.approvedPlan(suite, 540_000);
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(45);
        String tender = Purchase.announcedOpenTender(suite, plan, 540_000, deadline, deadline.plusSeconds(1));
        double deadLettersBefore = deadLetters(suite);
        long tenderLogBefore = Files.size(suite.logOf("tender"));

        // registrations published while tender-service is frozen wait on the broker for its consumer
        suite.signal("tender", "STOP");
        List<String> registered;
        try {
            registered = Registrations.accepted(suite, 5, "重启演练社工站");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> BrokerOutageIT.backlog(suite) == 0);
        } catch (RuntimeException | AssertionError e) {
            suite.signal("tender", "CONT");
            throw e;
        }
        String refused = SupplierRegistrationIT.newUscc();
        AtomicReference<Response> duringOutage = new AtomicReference<>();
        suite.restartPostgres(OUTAGE, () -> {
            suite.signal("tender", "CONT");
            duringOutage.set(given().header("Authorization", Keycloak.bearerFor(suite, "civil.haidian"))
                    .contentType(ContentType.JSON).body(Registrations.body(refused, "停库期间登记的社工站", "110108",
                            "北京市海淀区民政局")).post("/api/v1/suppliers"));
        });

        assertThat(duringOutage.get().statusCode()).as(duringOutage.get().asString()).isEqualTo(503);
        assertThat(duringOutage.get().contentType()).startsWith("application/problem+json");
        assertThat(duringOutage.get().header("Retry-After")).isNotBlank();

        Registrations.arriveInTenderService(suite, registered);
        for (String uscc : registered) {
            assertThat(suite.appliedBy("tender", suite.eventOf("credit", REGISTERED, uscc)))
                    .as("tender-service applied the registration of " + uscc + " once").isEqualTo(1);
        }
        assertThat(Files.readString(suite.logOf("tender")).substring((int) tenderLogBefore))
                .as("the consumer met the outage and waited for it").contains("waits for a transient failure to pass");
        given().get("/api/v1/public/suppliers/" + refused).then().statusCode(404);

        List<String> bids = Purchase.sealedBids(tender, bearers, "重启演练方案");
        assertThat(Instant.now()).as("bids placed before the deadline").isBefore(deadline);
        List<String> opened = Purchase.openedBids(tender, Duration.ofSeconds(150));
        assertThat(opened).containsExactlyInAnyOrderElementsOf(bids);
        assertThat(deadLetters(suite)).as("events dead-lettered by any service").isEqualTo(deadLettersBefore);
    }

    private static double deadLetters(WholeSuite suite) {
        return SERVICES.stream().mapToDouble(port -> suite.metric(port, "govbuy_dead_letters_total")).sum();
    }
}
