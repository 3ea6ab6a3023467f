package org.govbuy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.govbuy.testsupport.ChangeFeedPoller;

/**
 * The broker goes away in the middle of work, frozen (SIGSTOP: connections hang) or stopped and
 * started again: writes go on being accepted (registrations, and a purchase's plan, tender and
 * bids), they wait in the outbox (the backlog metric rises), and once the broker is back the backlog
 * drains, every change arrives downstream once, and the purchase goes on to its opening.
 */
@ExtendWith(WholeSuiteExtension.class)
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String REGISTERED = "govbuy.credit.supplier.registered.v1";

    @Test
    void whileTheBrokerIsFrozenWritesAreAcceptedTheBacklogRisesAndDrainsAndEachArrivesOnce(WholeSuite suite)
            throws Exception {
        // a purchase under way: its suppliers known to tender-service before the broker goes
        Purchase.catalogueIsPublished(suite);
        List<String> bidders = List.copyOf(SupplierAccounts.bearers(suite, SupplierAccounts.eligible(suite, 3, "断网投标"))
                .values());
        List<String> usccs = new ArrayList<>();
        Instant frozenAt = Instant.now();
        Instant deadline = frozenAt.truncatedTo(ChronoUnit.SECONDS).plus(OUTAGE).plusSeconds(15);
        String tender;
        List<String> bids;
        suite.signal("kafka", "STOP");
        try {
            // meanwhile organisations are registered, and the purchase goes on: plan approved, tender
            // announced, sealed bids taken
            usccs.addAll(Registrations.accepted(suite, 5, "断网演练社工站"));
            tender = Purchase.announcedOpenTender(suite, Purchase.approvedPlan(suite, 540_000), 540_000, deadline,
                    deadline.plusSeconds(1));
            bids = Purchase.sealedBids(tender, bidders, "断网期间的投标方案");
            await().atMost(OUTAGE).pollInterval(Duration.ofMillis(500)).until(() -> backlog(suite) >= usccs.size()
                    && suite.metric(8082, "govbuy_outbox_backlog") >= 3);
            Duration left = OUTAGE.minus(Duration.between(frozenAt, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        } finally {
            suite.signal("kafka", "CONT");
        }
        everyOneArrivesAndTheBacklogDrains(suite, usccs);
        // the relay may send a row again after a timed-out attempt; the feed and the consumers keep one
        List<java.util.Map<String, Object>> feed = ChangeFeedPoller.readAll(DistrictSystem.feedOf("credit.events"), null);
        for (String uscc : usccs) {
            assertThat(feed).filteredOn(e -> uscc.equals(e.get("subject")) && REGISTERED.equals(e.get("type"))).hasSize(1);
        }
        // the purchase's announcement reaches the public feed once, and its bids are opened at the deadline
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.metric(8082, "govbuy_outbox_backlog") == 0);
        assertThat(ChangeFeedPoller.readAll(DistrictSystem.feedOf("tender.events"), null))
                .filteredOn(e -> tender.equals(e.get("subject")) && "govbuy.tender.tender.announced.v1".equals(e.get("type")))
                .hasSize(1);
        assertThat(Purchase.openedBids(tender, Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(bids);
    }

    @Test
    void whileTheBrokerIsStoppedWritesAreAcceptedAndAfterItStartsAgainEverythingArrives(WholeSuite suite) {
        List<String> usccs = new ArrayList<>();
        suite.stopService("kafka", 1);
        try {
            usccs.addAll(Registrations.accepted(suite, 5, "停机演练社工站"));
            await().atMost(OUTAGE).pollInterval(Duration.ofMillis(500)).until(() -> backlog(suite) >= usccs.size());
        } finally {
            suite.startService("kafka", 1);
        }
        everyOneArrivesAndTheBacklogDrains(suite, usccs);
    }

    private static void everyOneArrivesAndTheBacklogDrains(WholeSuite suite, List<String> usccs) {
        Registrations.arriveInTenderService(suite, usccs);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> backlog(suite) == 0);
    }

    /** credit-service's outbox backlog as Prometheus reads it. */
    static double backlog(WholeSuite suite) {
        return suite.metric(8085, "govbuy_outbox_backlog");
    }
}
