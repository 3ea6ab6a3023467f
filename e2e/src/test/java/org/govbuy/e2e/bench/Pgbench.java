package org.govbuy.e2e.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PostgreSQL server under the suite does on its own, measured with {@code pgbench} in a
 * scratch database of its own: the statements one bid writes (with its outbox row), and pgbench's
 * built-in primary-key read ({@code -S}). Clients connect over TCP with a password, as the
 * services do.
 */
public final class Pgbench {

    /** Clients and threads of every run: more clients than cores, as the services' pools are. */
    public static final int CLIENTS = 8;

    /** The outbox exactly as every service has it (the platform's migrations), then the bid's tables. */
    private static final List<String> BID_SCHEMA = List.of("/db/platform/V0_1__outbox_and_inbox.sql",
            "/db/platform/V0_2__outbox_sequence_and_failures.sql", "/bench/bid-baseline-schema.sql");

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public Pgbench(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Transactions per second of one bid and its outbox row (see bench/bid-and-outbox.pgbench). */
    public double bidAndOutboxTps(Duration duration) {
        String database = freshDatabase("bench_bid_baseline");
        for (String schema : BID_SCHEMA) {
            run(Duration.ofMinutes(1), "psql", "-h", host, "-p", Integer.toString(port), "-U", user, "-d", database,
                    "-q", "-v", "ON_ERROR_STOP=1", "-f", resource(schema).toString());
        }
        return tps(run(duration.plusMinutes(1), "pgbench", "-h", host, "-p", Integer.toString(port), "-U", user, "-n",
                "-M", "prepared", "-c", Integer.toString(CLIENTS), "-j", "2", "-T", Long.toString(duration.toSeconds()),
                "-f", resource("/bench/bid-and-outbox.pgbench").toString(), database));
    }

    /** Transactions per second of pgbench's select-only script on its scale-1 tables (100,000 accounts). */
    public double selectOnlyTps(Duration duration) {
        String database = freshDatabase("bench_select_baseline");
        run(Duration.ofMinutes(2), "pgbench", "-h", host, "-p", Integer.toString(port), "-U", user, "-i", "-s", "1", "-q",
                database);
        return tps(run(duration.plusMinutes(1), "pgbench", "-h", host, "-p", Integer.toString(port), "-U", user, "-n",
                "-S", "-M", "prepared", "-c", Integer.toString(CLIENTS), "-j", "2", "-T",
                Long.toString(duration.toSeconds()), database));
    }

    private String freshDatabase(String name) {
        for (String sql : List.of("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name)) {
            run(Duration.ofMinutes(1), "psql", "-h", host, "-p", Integer.toString(port), "-U", user, "-d", "postgres",
                    "-q", "-v", "ON_ERROR_STOP=1", "-c", sql);
        }
        return name;
    }

    static double tps(String output) {
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** A script on the class path as a file pgbench and psql can read. */
    private static Path resource(String name) {
        try (InputStream in = Pgbench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            Path file = Files.createTempFile("govbuy-bench-", "-" + name.substring(name.lastIndexOf('/') + 1));
            Files.write(file, in.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String run(Duration limit, String... command) {
        Commands.Outcome outcome = Commands.run(List.of(command), Path.of("."), Map.of("PGPASSWORD", password), limit);
        if (!outcome.succeeded()) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + outcome.output());
        }
        return outcome.output();
    }
}
