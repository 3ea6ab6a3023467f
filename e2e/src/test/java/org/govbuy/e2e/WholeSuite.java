package org.govbuy.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

import org.govbuy.e2e.bench.Commands;
import org.govbuy.testsupport.PostgresCluster;

/**
 * The whole suite as a user runs it: started and stopped with the same script as
 * {@code ./govbuy up}, on ports of its own and on a PostgreSQL server of its own (which requires a
 * password, as users' servers do), so it never touches a developer's running suite and a test may
 * restart the database under it. Started once for all tests of the run (JUnit's root store closes
 * it after the last one); a shutdown hook takes it down if the JVM dies first.
 */
final class WholeSuite implements ExtensionContext.Store.CloseableResource {

    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    /**
     * What this suite runs with beyond the defaults. The minimum bidding periods are configurable
     * rules: at zero an open tender may close seconds after its announcement, so tests can bid up to
     * a deadline and watch the opening without waiting the national 20 days. Every client here
     * shares one address, so the gateway's per-address limit is raised for hundreds of suppliers and
     * for the benchmarks, which send public reads at thousands a second.
     */
    static final Map<String, String> RULES_FOR_TESTS = Map.of(
            "GOVBUY_TENDER_RULES_OPEN_TENDER_MIN_DAYS", "0",
            "GOVBUY_RATE_LIMIT", "50000",
            "GOVBUY_RATE_BURST", "100000");

    final Path root;
    final int offset;
    final Path home;
    private final PostgresCluster postgres;
    private boolean stopped;

    private WholeSuite(Path root, int offset, PostgresCluster postgres) {
        this.root = root;
        this.offset = offset;
        this.home = root.resolve(".govbuy/e2e");
        this.postgres = postgres;
    }

    /** The running suite, started on first use and closed when the test run ends. */
    static synchronized WholeSuite start(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(WholeSuite.class, key -> launch(), WholeSuite.class);
    }

    private static WholeSuite launch() {
        String rootProperty = System.getProperty("govbuy.root", "..");
        Path root = Path.of(rootProperty).toAbsolutePath().normalize();
        int offset = Integer.parseInt(System.getProperty("govbuy.e2e.port.offset", "10000"));
        PostgresCluster postgres = PostgresCluster.create("e2e-" + UUID.randomUUID());
        WholeSuite suite = new WholeSuite(root, offset, postgres);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
        postgres.start();
        suite.run(START_LIMIT, "up", "--no-build", "--no-demo");
        RestAssured.baseURI = suite.gatewayUrl();
        return suite;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    /** The gateway's management port: health, metrics, Swagger UI. */
    String gatewayManagementUrl() {
        return "http://127.0.0.1:" + (9080 + offset);
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + (8180 + offset);
    }

    /** The suite's Kafka broker, for tests that read the topics as a district system does. */
    String kafkaBootstrap() {
        return "127.0.0.1:" + (9092 + offset);
    }

    /** The suite's PostgreSQL server, for the benchmarks' pgbench baselines. */
    int postgresPort() {
        return postgres.port();
    }

    String postgresUser() {
        return PostgresCluster.SUPERUSER;
    }

    String postgresPassword() {
        return postgres.password();
    }

    String serviceUrl(int basePort) {
        return "http://127.0.0.1:" + (basePort + offset);
    }

    /**
     * The sum of a metric's series as Prometheus scrapes it from the service on {@code basePort}; 0
     * when the service has no such series (a counter appears on its first increment).
     */
    double metric(int basePort, String name) {
        String metrics = RestAssured.given().baseUri(serviceUrl(basePort)).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Override
    public void close() {
        stop();
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(Duration.ofMinutes(2), "down");
        } catch (RuntimeException e) {
            System.err.println("stopping the suite failed: " + e.getMessage());
        } finally {
            postgres.close();
        }
    }

    /**
     * Stops the suite's PostgreSQL server (a fast shutdown: open connections end), leaves it down for
     * {@code downFor} while {@code meanwhile} runs, and starts it again.
     */
    void restartPostgres(Duration downFor, Runnable meanwhile) {
        postgres.stop();
        Instant stoppedAt = Instant.now();
        try {
            meanwhile.run();
            Duration left = downFor.minus(Duration.between(stoppedAt, Instant.now()));
            if (left.isPositive()) {
                Thread.sleep(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            postgres.start();
        }
    }

    /** The log of one process of the suite (gateway, credit, …). */
    Path logOf(String name) {
        return home.resolve("logs/" + name + ".log");
    }

    /** The PID of a process the suite started (kafka, keycloak, credit, …), from its PID file. */
    long pidOf(String name) {
        try {
            return Long.parseLong(Files.readString(home.resolve("pids/" + name + ".pid")).strip().split("\\s+")[0]);
        } catch (IOException e) {
            throw new IllegalStateException(name + " has no PID file: is it running?", e);
        }
    }

    /**
     * Sends a signal to one process of the suite as an operator's {@code kill} does: KILL (a node
     * failure: no shutdown hook, no flush, no goodbye to the broker), STOP and CONT (a process
     * frozen and thawed: its connections hang meanwhile). A KILL returns once the process is gone.
     */
    void signal(String name, String signal) {
        long pid = pidOf(name);
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " (" + name + ") failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if ("KILL".equals(signal)) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        }
    }

    /** Stops one service of the suite (instance 1 is the suite's own), as an operator does: {@code ./govbuy stop}. */
    void stopService(String service, int instance) {
        run(Duration.ofMinutes(1), "stop", service, Integer.toString(instance));
    }

    /** Starts one service (again, or as a further instance on its port + 100) and waits until it is ready. */
    void startService(String service, int instance) {
        run(Duration.ofMinutes(4), "start", service, Integer.toString(instance));
    }

    /** Databases of their own per port offset, so two suites (say, CI and a developer's) run side by side. */
    private String databasePrefix() {
        return offset == 10000 ? "govbuy_e2e_" : "govbuy_e2e" + offset + "_";
    }

    /** A connection to a service's own database, as the role the service itself logs in with. */
    Connection database(String service) throws SQLException {
        String role = databasePrefix() + service;
        try {
            String password = Files.readString(home.resolve("secrets/" + role + ".password")).strip();
            return DriverManager.getConnection(postgres.jdbcUrl(role), role, password);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the one row {@code sql} returns in a service's database, as text. */
    String queryText(String service, String sql, String... parameters) {
        try (Connection db = database(service); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row from " + sql);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A {@code SELECT count(*)} in a service's database. */
    long count(String service, String sql, String... parameters) {
        return Long.parseLong(queryText(service, sql, parameters));
    }

    /**
     * The id of the one event of {@code type} that {@code service} recorded in its outbox for
     * {@code aggregate}; fails when there is none, or more than one (a step done twice).
     */
    String eventOf(String service, String type, String aggregate) {
        String where = " FROM outbox_event WHERE event_type = ? AND aggregate_id = ?";
        long recorded = count(service, "SELECT count(*)" + where, type, aggregate);
        if (recorded != 1) {
            throw new AssertionError(service + " recorded " + recorded + " events " + type + " of " + aggregate
                    + ", expected one");
        }
        return queryText(service, "SELECT id::text" + where, type, aggregate);
    }

    /** How many times {@code service}'s consumers applied an event: its inbox rows for it. */
    long appliedBy(String service, String eventId) {
        return count(service, "SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId);
    }

    /** Runs deploy/local/demo.sh against this suite; returns its output. */
    String runDemo() {
        return run(Duration.ofMinutes(3), "demo");
    }

    private String run(Duration limit, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/govbuy.sh").toString()));
        command.addAll(List.of(arguments));
        Map<String, String> environment = new HashMap<>(Map.of(
                "GOVBUY_HOME", home.toString(),
                "GOVBUY_PORT_OFFSET", Integer.toString(offset),
                "GOVBUY_DB_PREFIX", databasePrefix(),
                "GOVBUY_FRESH_DATABASES", "true",
                "GOVBUY_LOG_FORMAT", "json",
                "GOVBUY_PG_HOST", "127.0.0.1",
                "GOVBUY_PG_PORT", Integer.toString(postgres.port()),
                "GOVBUY_PG_USER", PostgresCluster.SUPERUSER,
                "GOVBUY_PG_PASSWORD", postgres.password()));
        environment.putAll(RULES_FOR_TESTS);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Commands.Outcome outcome = Commands.run(command, root, environment, limit);
        System.out.println(outcome.output());
        if (!outcome.finished()) {
            throw new IllegalStateException("govbuy " + String.join(" ", arguments) + " took longer than " + limit);
        }
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("govbuy " + String.join(" ", arguments) + " failed:\n" + outcome.output());
        }
        return outcome.output();
    }
}
