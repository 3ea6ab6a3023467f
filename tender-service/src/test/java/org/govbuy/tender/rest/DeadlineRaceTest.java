package org.govbuy.tender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.tender.TenderFixtures.as;
import static org.govbuy.tender.TenderFixtures.bid;
import static org.govbuy.tender.TenderFixtures.purchaser;
import static org.govbuy.tender.TenderFixtures.supplier;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.tender.TenderFixtures;
import org.govbuy.tender.TestClock;
import org.govbuy.testsupport.Sql;

/** Many suppliers bidding in the last moments: no accepted bid is lost, none is accepted after the deadline. */
@QuarkusTest
class DeadlineRaceTest {

    private static final int SUPPLIERS = 40;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void bidsRacingTheDeadlineAreEitherAcceptedAndStoredOrRefusedAndAbsent() throws Exception {
        String region = TenderFixtures.newDistrict();
        TenderFixtures.catalogue(bootstrap, region, 2027);
        String plan = TenderFixtures.approvedPlan("ORG1", region, 2027, "600000");
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(21));
        String tender = TenderFixtures.draftTender("ORG1", region, plan, deadline, deadline.plus(Duration.ofHours(1)), "500000");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200);
        List<String> suppliers = new ArrayList<>();
        for (int i = 0; i < SUPPLIERS; i++) {
            suppliers.add(TenderFixtures.eligibleSupplier(bootstrap, db, "竞速协会" + i));
        }
        clock.travelTo(deadline.minusMillis(150));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String uscc : suppliers) {
            answers.add(pool.submit(() -> as(supplier(uscc)).body(bid("400000", "竞速方案"))
                    .post("/api/v1/tenders/" + tender + "/lots/1/bids").then().extract().statusCode()));
        }
        int accepted = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertThat(status).isIn(201, 409);
            if (status == 201) {
                accepted++;
            } else {
                refused++;
            }
        }
        pool.shutdown();
        assertThat(accepted + refused).isEqualTo(SUPPLIERS);
        assertThat(Sql.count(db, "SELECT count(*) FROM bid WHERE tender_id = '" + tender + "'")).isEqualTo(accepted);
        assertThat(Sql.count(db, "SELECT count(*) FROM bid WHERE tender_id = '" + tender + "' AND received_at >= '"
                + deadline + "'")).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM outbox_event WHERE event_type = 'govbuy.tender.bid.received.v1'"
                + " AND payload->>'tenderId' = '" + tender + "'")).isEqualTo(accepted);
    }
}
