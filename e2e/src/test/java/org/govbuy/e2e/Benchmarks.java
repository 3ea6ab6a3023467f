package org.govbuy.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.govbuy.e2e.bench.HttpRequests;
import org.govbuy.e2e.bench.KafkaRoundTrip;
import org.govbuy.e2e.bench.LoadReport;
import org.govbuy.e2e.bench.OpenModelLoad;
import org.govbuy.e2e.bench.Pgbench;

/**
 * GovBuy's speed against what the same machine does without it, measured side by side in one run
 * on the running suite: baselines (pgbench, a raw Kafka round trip), then the scenarios, each
 * reported as figures and as a ratio to its baseline. A {@link Plan} sets how long and how hard:
 * {@link Plan#SMOKE} keeps the harness working in CI (seconds, no thresholds), {@link Plan#FULL}
 * is the run whose figures go into docs/benchmarks.md.
 */
final class Benchmarks {

    /**
     * How long each part runs, the event rate, how many (supplier, lot) pairs the bids have (at most
     * 50 lots a tender), and which processes are restarted alone to time their start.
     */
    record Plan(String name, Duration warmUp, Duration measured, Duration baseline, Duration saturation,
            double eventRate, int bidders, int lots, List<String> restarted) {
        static final Plan SMOKE = new Plan("smoke", Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(1), 5, 3, 30, List.of("catalog"));
        static final Plan FULL = new Plan("full", Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(10), 20, 60, 50, List.of("catalog", "tender", "contract", "evaluation", "credit",
                        "gateway"));
    }

    /** Concurrent clients of the closed-model saturation runs, as pgbench's. */
    private static final int SATURATION_CLIENTS = Pgbench.CLIENTS;
    private static final int MAX_IN_FLIGHT = 2_000;

    private final WholeSuite suite;
    private final Plan plan;
    private final HttpRequests http = new HttpRequests();
    private final List<String> report = new ArrayList<>();

    Benchmarks(WholeSuite suite, Plan plan) {
        this.suite = suite;
        this.plan = plan;
    }

    /** The whole run; returns the report (Markdown), which is also printed and written under target/. */
    String run() {
        Pgbench pgbench = new Pgbench("127.0.0.1", suite.postgresPort(), suite.postgresUser(), suite.postgresPassword());
        double bidBaseline = pgbench.bidAndOutboxTps(plan.baseline());
        double readBaseline = pgbench.selectOnlyTps(plan.baseline());
        line("Baselines: pgbench (%d clients) bid + outbox %.0f TPS, select-only (-S) %.0f TPS.", Pgbench.CLIENTS, bidBaseline,
                readBaseline);
        LoadReport kafka = kafkaRoundTrip();
        publicReads(readBaseline);
        events(kafka);
        bids(bidBaseline);
        line("");
        line("Start time and memory (measured last: timing a start restarts the process):");
        line("");
        line(Footprint.measure(suite, plan.restarted()));
        String text = String.join("\n", report);
        write(text);
        return text;
    }

    private LoadReport kafkaRoundTrip() {
        try (KafkaRoundTrip kafka = new KafkaRoundTrip(suite.kafkaBootstrap())) {
            LoadReport raw = load(plan.eventRate()).run("raw Kafka round trip (relay's producer settings)", kafka::send);
            table(raw);
            return raw;
        }
    }

    /**
     * Each public read: its closed-model ceiling direct to its service (against pgbench -S), then an
     * open-model run at half that ceiling direct and through the gateway (the gateway's overhead).
     */
    private void publicReads(double readBaseline) {
        Purchase.catalogueIsPublished(suite);
        String supplier = Registrations.accepted(suite, 1, "公开查询基准").getFirst();
        Registrations.arriveInTenderService(suite, List.of(supplier));
        Map<String, String> reads = Map.of(
                "catalogue search (养老)", "8081|/api/v1/public/catalogues/entries?q="
                        + URLEncoder.encode("养老", StandardCharsets.UTF_8),
                "open tenders of Haidian", "8082|/api/v1/public/tenders?region=" + Purchase.REGION,
                "supplier profile", "8085|/api/v1/public/suppliers/" + supplier);
        line("");
        line("Public reads: ceiling direct (closed model, %d clients, %d s) against pgbench -S; then an open-model run at"
                + " half that ceiling, direct and through the gateway.", SATURATION_CLIENTS, plan.saturation().toSeconds());
        line("");
        List<LoadReport> runs = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        for (var read : reads.entrySet()) {
            String[] target = read.getValue().split("\\|", 2);
            URI direct = URI.create(suite.serviceUrl(Integer.parseInt(target[0])) + target[1]);
            URI viaGateway = URI.create(suite.gatewayUrl() + target[1]);
            double ceiling = HttpRequests.saturation(http.get(direct), SATURATION_CLIENTS, plan.saturation());
            LoadReport directRun = load(ceiling / 2).run(read.getKey() + ", direct", http.get(direct));
            LoadReport gatewayRun = load(ceiling / 2).run(read.getKey() + ", gateway", http.get(viaGateway));
            runs.add(directRun);
            runs.add(gatewayRun);
            ratios.add(String.format(Locale.ROOT, "| %s | %.0f | %.3f | %+.2f | %.2f |", read.getKey(), ceiling,
                    ceiling / readBaseline, gatewayRun.p50Millis() - directRun.p50Millis(),
                    gatewayRun.p99Millis() / directRun.p99Millis()));
        }
        line("| read | ceiling direct /s | × pgbench -S (target ≥ 0.5) | gateway p50 − direct p50 ms (target ≤ +1) |"
                + " gateway p99 ÷ direct p99 (target ≤ 1.3) |");
        line("|---|---|---|---|---|");
        ratios.forEach(this::line);
        line("");
        table(runs.toArray(LoadReport[]::new));
    }

    /**
     * Supplier registrations at a fixed rate, direct to credit-service; each event's trip to
     * tender-service's projection read afterwards from the two databases' own timestamps.
     */
    private void events(LoadReport kafka) {
        String civilAffairs = Keycloak.bearerFor(suite, "civil.haidian");
        Map<Long, String> registered = new ConcurrentHashMap<>();
        URI suppliers = URI.create(suite.serviceUrl(8085) + "/api/v1/suppliers");
        LoadReport writes = load(plan.eventRate()).run("supplier registration, direct (write)", http.each(n -> {
            String uscc = SupplierRegistrationIT.newUscc();
            registered.put(n, uscc);
            return HttpRequest.newBuilder(suppliers).header("Authorization", civilAffairs)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            Registrations.body(uscc, "事件基准" + n, Purchase.REGION, "北京市海淀区民政局"))).build();
        }));
        EventTrips trips = EventTrips.of(suite, List.copyOf(registered.values()));
        line("");
        line("Events: supplier registered (credit-service commit) → applied by tender-service's projection, at %.0f/s;"
                + " the raw Kafka round trip at the same rate for comparison.", plan.eventRate());
        line("");
        table(kafka, writes);
        line("");
        line(trips.table());
        line("");
        line(String.format(Locale.ROOT, "End to end p99 ÷ raw Kafka p99: %.1f (target ≤ 2).",
                trips.endToEndP99Millis() / kafka.p99Millis()));
    }

    /**
     * Sealed bids direct to tender-service: its closed-model ceiling against pgbench's bid + outbox
     * transaction, and an open-model run at half the ceiling. Each bid is a new (supplier, lot) pair
     * of one tender of many lots; once the pairs run out, a bid replaces its supplier's bid on the
     * last lot (a different write), and the report says how many did.
     */
    private void bids(double bidBaseline) {
        List<SupplierAccounts.Account> bidders = SupplierAccounts.eligible(suite, plan.bidders(), "基准");
        List<String> bearers = List.copyOf(SupplierAccounts.bearers(suite, bidders).values());
        long lotBudget = 900_000;
        String planId = Purchase.approvedPlan(suite, lotBudget * plan.lots());
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(2));
        String tender = Purchase.announcedOpenTender(suite, planId, plan.lots(), lotBudget, deadline,
                deadline.plusSeconds(60));
        String base = suite.serviceUrl(8082) + "/api/v1/tenders/" + tender + "/lots/";
        AtomicLong next = new AtomicLong();
        OpenModelLoad.Request bid = http.each(ignored -> {
            long n = next.getAndIncrement();
            int lot = (int) (n / bearers.size()) + 1;
            return HttpRequest.newBuilder(URI.create(base + Math.min(lot, plan.lots()) + "/bids"))
                    .header("Authorization", bearers.get((int) (n % bearers.size())))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Purchase.bid(500_000 + n, "基准方案" + n))).build();
        });
        double ceiling = HttpRequests.saturation(bid, SATURATION_CLIENTS, plan.saturation());
        LoadReport steady = load(ceiling / 2).run("sealed bid, direct, half the ceiling", bid);
        line("");
        long pairs = (long) bearers.size() * plan.lots();
        line(String.format(Locale.ROOT, "Bids: ceiling direct %.1f bids/s (closed model, %d clients) = %.3f × pgbench bid"
                + " + outbox (target ≥ 0.5); %d bids sent for %d (supplier, lot) pairs, %d of them replacing an"
                + " earlier bid.", ceiling, SATURATION_CLIENTS, ceiling / bidBaseline, next.get(), pairs,
                Math.max(0, next.get() - pairs)));
        line("");
        table(steady);
    }

    private OpenModelLoad load(double rate) {
        return new OpenModelLoad(rate, plan.warmUp(), plan.measured(), MAX_IN_FLIGHT);
    }

    private void table(LoadReport... runs) {
        line(LoadReport.header());
        for (LoadReport run : runs) {
            line(run.row());
        }
    }

    /** A line of the report, printed at once too, so a run that fails half-way still shows what it measured. */
    private void line(String format, Object... arguments) {
        String text = arguments.length == 0 ? format : String.format(Locale.ROOT, format, arguments);
        text.lines().forEach(each -> System.out.println("[benchmark] " + each));
        report.add(text);
    }

    private void write(String text) {
        System.out.println("\n== GovBuy benchmarks (" + plan.name() + ") ==\n" + text);
        try {
            Path file = suite.root.resolve("e2e/target/benchmarks-" + plan.name() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
