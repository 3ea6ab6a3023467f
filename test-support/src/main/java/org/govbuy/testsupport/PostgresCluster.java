package org.govbuy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own: a new cluster in a temporary directory on a free port of
 * 127.0.0.1, with password authentication (scram-sha-256) for every connection, started and
 * stopped by the test — so a test can restart PostgreSQL under a running service, or prove that
 * a script works against a server that requires a password, without touching the machine's server.
 *
 * <p>Needs the PostgreSQL server programs ({@code initdb}, {@code pg_ctl}); they are looked up on
 * the PATH, then under {@code /usr/lib/postgresql/<version>/bin}. PostgreSQL refuses to run as
 * root, so when the tests run as root the cluster belongs to, and runs as, the {@code postgres}
 * user.
 */
public final class PostgresCluster implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final Path dir;
    private final Path binaries;
    private final int port;
    private final String password;
    private final boolean asPostgresUser;

    private PostgresCluster(Path dir, Path binaries, int port, String password, boolean asPostgresUser) {
        this.dir = dir;
        this.binaries = binaries;
        this.port = port;
        this.password = password;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates (initdb) a cluster whose superuser {@code postgres} has {@code password}; not started. */
    public static PostgresCluster create(String password) {
        try {
            Path dir = Files.createTempDirectory("govbuy-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            PostgresCluster cluster = new PostgresCluster(dir, locateBinaries(), KafkaBroker.freePort(), password,
                    root);
            cluster.initialise();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The connection facts in the shape the rest of the test support uses. */
    public PostgresDatabaseResource.PostgresServer server() {
        return new PostgresDatabaseResource.PostgresServer("127.0.0.1", port, SUPERUSER, password);
    }

    public void start() {
        pgCtl("start", "-w", "-t", "60", "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1");
    }

    /** A fast shutdown (open connections are ended), as an operator's restart does. */
    public void stop() {
        pgCtl("stop", "-w", "-t", "60", "-m", "fast");
    }

    public void restart() {
        stop();
        start();
    }

    /** Stops the server, leaves it down for {@code downFor}, and starts it again. */
    public void restart(java.time.Duration downFor) {
        stop();
        try {
            Thread.sleep(downFor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        start();
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // nothing to stop
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private void initialise() throws IOException {
        Path passwordFile = dir.resolve("superuser.pw");
        Path data = dir.resolve("data");
        Files.writeString(passwordFile, password + "\n");
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        run(command(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C"));
    }

    private void pgCtl(String action, String... options) {
        List<String> arguments = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), action, "-D",
                dir.resolve("data").toString()));
        arguments.addAll(List.of(options));
        run(command(arguments.toArray(String[]::new)));
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    private void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile())).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + dir.resolve("commands.log")
                        + ":\n" + Files.readString(dir.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path locateBinaries() throws IOException {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(entry).resolve("initdb");
            if (Files.isExecutable(candidate) && Files.isExecutable(Path.of(entry).resolve("pg_ctl"))) {
                return candidate.toRealPath().getParent();
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        throw new IllegalStateException("the PostgreSQL server programs (initdb, pg_ctl) are needed for this test;"
                + " install the PostgreSQL server package");
    }
}
