package org.govbuy.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * The last seconds before a bid deadline, as it happens: 200 suppliers, each its own client with
 * its own token, sending through the gateway at moments spread over the last seconds and just
 * after. Every accepted bid must be in the opening record, and none may be accepted at or after
 * the deadline by the server's clock.
 */
@ExtendWith(WholeSuiteExtension.class)
class BidDeadlineRaceIT {

    private static final int SUPPLIERS = 200;
    private static final int AFTER_THE_DEADLINE = 20;
    private static final long LOT_BUDGET = 900_000;

    /** What one supplier sent, when, and what came back. */
    record Attempt(SupplierAccounts.Account supplier, Instant sentAt, Instant answeredAt, int status, String body) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    @Test
    void twoHundredSuppliersRacingTheDeadlineLoseNoAcceptedBidAndNoneIsAcceptedAfterIt(WholeSuite suite)
            throws Exception {
        Purchase.catalogueIsPublished(suite);
        List<SupplierAccounts.Account> suppliers = SupplierAccounts.eligible(suite, SUPPLIERS, "竞速");
        String plan = Purchase.approvedPlan(suite, LOT_BUDGET);
        Map<SupplierAccounts.Account, String> bearers = SupplierAccounts.bearers(suite, suppliers);
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(12);
        String tender = Purchase.announcedOpenTender(suite, plan, LOT_BUDGET, deadline, deadline.plusSeconds(3));

        List<Attempt> attempts = race(suite, tender, bearers, deadline);

        assertThat(attempts).hasSize(SUPPLIERS);
        report(attempts, deadline);
        assertThat(attempts).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
        List<Attempt> accepted = attempts.stream().filter(a -> a.status() == 201).toList();
        List<Attempt> refused = attempts.stream().filter(a -> a.status() == 409).toList();
        // a refusal names the deadline; nothing is accepted at or after it by the server's clock
        assertThat(refused).allSatisfy(a -> assertThat(a.json().getString("detail")).contains("deadline"));
        assertThat(accepted).allSatisfy(a -> assertThat(Instant.parse(a.json().getString("receivedAt"))).isBefore(deadline));
        // (at least the 20 sent after it: on a busy machine a request meant for the last instant may leave late too)
        assertThat(attempts.stream().filter(a -> !a.sentAt().isBefore(deadline))).hasSizeGreaterThanOrEqualTo(AFTER_THE_DEADLINE)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(409));
        // the race is real: bids got in during the last second, and requests still in flight at the
        // deadline were refused (how many a 2-core machine takes per second is a benchmark's business)
        assertThat(accepted).anySatisfy(a -> assertThat(Instant.parse(a.json().getString("receivedAt")))
                .isAfterOrEqualTo(deadline.minusSeconds(1)));

        // no accepted bid is lost: the opening record holds exactly the accepted ones, each under its receipt
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                "OPENED".equals(given().get("/api/v1/public/tenders/" + tender).then().statusCode(200)
                        .extract().path("announcement.status")));
        JsonPath opening = given().get("/api/v1/public/tenders/" + tender).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> opened = opening.getList("opening.lots[0].bids");
        assertThat(opened.stream().map(b -> (String) b.get("leadUscc")).collect(Collectors.toSet()))
                .isEqualTo(accepted.stream().map(a -> a.supplier().uscc()).collect(Collectors.toSet()));
        Set<String> receiptDigests = accepted.stream().map(a -> a.json().getString("contentDigest")).collect(Collectors.toSet());
        assertThat(opened).hasSize(accepted.size())
                .allSatisfy(b -> assertThat(receiptDigests).contains((String) b.get("receiptDigest")));
        assertThat(opening.getString("opening.lots[0].outcome")).isEqualTo("OPENED");
    }

    private static void report(List<Attempt> attempts, Instant deadline) {
        List<Long> millis = attempts.stream().map(a -> Duration.between(a.sentAt(), a.answeredAt()).toMillis()).sorted()
                .toList();
        System.out.printf("deadline race: %d of %d sent before the deadline accepted; answered in p50 %d ms, p90 %d ms,"
                + " max %d ms%n", attempts.stream().filter(a -> a.status() == 201).count(),
                attempts.stream().filter(a -> a.sentAt().isBefore(deadline)).count(), millis.get(millis.size() / 2),
                millis.get(millis.size() * 9 / 10), millis.getLast());
    }

    /**
     * Each supplier sends once at its own moment: most over the last three seconds before the
     * deadline, the rest within the second after it. The send time is taken just before sending.
     */
    private static List<Attempt> race(WholeSuite suite, String tender, Map<SupplierAccounts.Account, String> bearers,
            Instant deadline) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        List<CompletableFuture<Attempt>> answers = new ArrayList<>();
        int before = SUPPLIERS - AFTER_THE_DEADLINE;
        int n = 0;
        for (var entry : bearers.entrySet()) {
            Instant moment = n < before
                    ? deadline.minusMillis(3000).plusMillis(3000L * n / before)
                    : deadline.plusMillis(50 + 950L * (n - before) / AFTER_THE_DEADLINE);
            HttpRequest request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/api/v1/tenders/" + tender
                    + "/lots/1/bids")).timeout(Duration.ofSeconds(60)).header("Authorization", entry.getValue())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Purchase.bid(500_000 + n, "竞速方案" + n))).build();
            CompletableFuture<Attempt> answer = new CompletableFuture<>();
            clock.schedule(() -> {
                Instant sentAt = Instant.now();
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        answer.complete(new Attempt(entry.getKey(), sentAt, Instant.now(), response.statusCode(),
                                response.body()));
                    }
                });
            }, Duration.between(Instant.now(), moment).toMillis(), TimeUnit.MILLISECONDS);
            answers.add(answer);
            n++;
        }
        try {
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            clock.shutdownNow();
        }
    }
}
