package org.govbuy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.govbuy.testsupport.PostgresCluster;

/**
 * The local script on a machine as users have it: a PostgreSQL server that requires a password,
 * services that must not connect as its administrator, PID files that may name someone else's
 * process, a missing server.
 */
class LocalScriptIT {

    private static final List<String> SERVICES = List.of("catalog", "tender", "contract", "evaluation", "credit");
    private static PostgresCluster server;
    private static Path root;

    @BeforeAll
    static void aServerThatRequiresAPassword() {
        root = Path.of(System.getProperty("govbuy.root", "..")).toAbsolutePath().normalize();
        server = PostgresCluster.create("admin-" + System.nanoTime());
        server.start();
    }

    @AfterAll
    static void stopIt() {
        server.close();
    }

    @Test
    void eachServiceGetsARoleThatOwnsItsDatabaseAndNothingElseWithThePasswordFromTheEnvironment() throws Exception {
        Path home = Files.createTempDirectory("govbuy-home-");
        // a database left by an earlier version, its tables owned by the administrator
        try (Connection admin = connect("postgres", PostgresCluster.SUPERUSER, server.password())) {
            admin.createStatement().execute("CREATE DATABASE pw_credit");
        }
        try (Connection admin = connect("pw_credit", PostgresCluster.SUPERUSER, server.password())) {
            admin.createStatement().execute("CREATE TABLE supplier (uscc varchar(18) PRIMARY KEY)");
        }
        Result result = govbuy(home, Map.of("GOVBUY_PG_PASSWORD", server.password()), "db");
        assertThat(result.exitCode()).as(result.output()).isZero();

        for (String service : SERVICES) {
            String role = "pw_" + service;
            String password = Files.readString(home.resolve("secrets/" + role + ".password")).strip();
            try (Connection own = connect(role, role, password)) {
                own.createStatement().execute("CREATE TABLE IF NOT EXISTS owned_here (id int)");
            }
            String another = "pw_" + SERVICES.get((SERVICES.indexOf(service) + 1) % SERVICES.size());
            assertThat(canConnect(another, role, password)).as(role + " into " + another).isFalse();
            assertThat(isSuperuser(role)).isFalse();
        }
        try (Connection credit = connect("pw_credit", "pw_credit",
                Files.readString(home.resolve("secrets/pw_credit.password")).strip())) {
            credit.createStatement().execute("INSERT INTO supplier VALUES ('52110108MJ0000001Y')");
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("secrets/pw_credit.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theAdministratorsPasswordMayComeFromAPgpassFileAndAWrongOneFailsAtOnce() throws Exception {
        Path home = Files.createTempDirectory("govbuy-home-");
        Path pgpass = home.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":*:postgres:" + server.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Result fromFile = govbuy(home, Map.of("PGPASSFILE", pgpass.toString(), "GOVBUY_DB_PREFIX", "pgpass_"), "db");
        assertThat(fromFile.exitCode()).as(fromFile.output()).isZero();

        Result wrong = govbuy(home, Map.of("GOVBUY_PG_PASSWORD", "not-the-password", "GOVBUY_DB_PREFIX", "wrong_"),
                "db");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.output()).contains("cannot log in to PostgreSQL").contains("GOVBUY_PG_PASSWORD");
    }

    @Test
    void upWithoutAReachableServerFailsInTheFirstSecondsSayingWhatIsMissing() throws Exception {
        Path home = Files.createTempDirectory("govbuy-home-");
        long started = System.nanoTime();
        Result result = govbuy(home, Map.of("GOVBUY_PG_HOST", "127.0.0.2", "GOVBUY_PG_PORT", "1"), "up", "--no-build");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("PostgreSQL does not answer on 127.0.0.2:1");
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds before the script gave up")
                .isLessThan(30);
        assertThat(home.resolve("pids")).isEmptyDirectory();
    }

    @Test
    void downLeavesAloneAProcessItDidNotStartEvenIfAPidFileNamesIt() throws Exception {
        Path home = Files.createTempDirectory("govbuy-home-");
        Files.createDirectories(home.resolve("pids"));
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            // a PID file from a crashed run whose PID now belongs to someone else
            Files.writeString(home.resolve("pids/kafka.pid"), stranger.pid() + " 1\n");
            Files.writeString(home.resolve("pids/credit.pid"), stranger.pid() + "\n");
            Result down = govbuy(home, Map.of(), "down");
            assertThat(down.exitCode()).as(down.output()).isZero();
            assertThat(stranger.isAlive()).isTrue();
            assertThat(down.output()).contains("left alone");
            assertThat(home.resolve("pids/kafka.pid")).doesNotExist();

            Result status = govbuy(home, Map.of(), "status");
            assertThat(status.output()).contains("kafka: stopped").contains("credit: stopped");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void aRestartKeepsThePreviousLogAndAProcessThatDiedIsNotTakenForRunning() throws Exception {
        Path home = Files.createTempDirectory("govbuy-home-");
        String script = """
                source deploy/local/govbuy.sh
                mkdir -p "$LOGS" "$PIDS"
                start_process sleeper bash -c 'echo first run; exec sleep 120'
                sleep 1
                is_running sleeper && echo "RUNNING after start"
                kill "$(pid_of sleeper)"
                sleep 1
                is_running sleeper || echo "NOT RUNNING after it died"
                start_process sleeper bash -c 'echo second run; exec sleep 120'
                sleep 1
                echo "OLD LOG: $(cat "$LOGS/sleeper.log.1")"
                echo "NEW LOG: $(cat "$LOGS/sleeper.log")"
                kill "$(pid_of sleeper)"
                """;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().put("GOVBUY_HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("RUNNING after start").contains("NOT RUNNING after it died")
                .contains("OLD LOG: first run").contains("NEW LOG: second run")
                .doesNotContain("already running");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result govbuy(Path home, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/govbuy.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(Map.of("GOVBUY_HOME", home.toString(), "GOVBUY_PG_HOST", "127.0.0.1",
                "GOVBUY_PG_PORT", Integer.toString(server.port()), "GOVBUY_PG_USER", PostgresCluster.SUPERUSER,
                "GOVBUY_DB_PREFIX", "pw_", "GOVBUY_PORT_OFFSET", "20000"));
        env.putAll(environment);
        builder.environment().remove("GOVBUY_PG_PASSWORD");
        builder.environment().remove("PGPASSWORD");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("govbuy " + String.join(" ", arguments) + " did not finish:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), user, password);
    }

    private static boolean canConnect(String database, String user, String password) {
        try (Connection ignored = connect(database, user, password)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private static boolean isSuperuser(String role) throws SQLException {
        try (Connection admin = connect("postgres", PostgresCluster.SUPERUSER, server.password());
                var rs = admin.createStatement().executeQuery(
                        "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = '" + role + "'")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
