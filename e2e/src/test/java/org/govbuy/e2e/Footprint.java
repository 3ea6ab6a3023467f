package org.govbuy.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start time and memory of each process of the suite against an empty quarkus-rest application
 * (module {@code baseline-app}) run with the same JVM options: Quarkus's own "started in" figure,
 * and the resident set size after warm-up. The services' memory is read while they are warm
 * (after the other scenarios); their start time by restarting each alone, so none competes with
 * another for the two cores.
 */
final class Footprint {

    /** The JVM options deploy/local/govbuy.sh starts every service and the gateway with. */
    private static final List<String> SERVICE_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final int WARM_UP_REQUESTS = 2_000;

    private Footprint() {
    }

    /** Markdown: the empty application's figures, then one row per process with its ratios. */
    static String measure(WholeSuite suite, List<String> restarted) {
        Baseline empty = emptyApplication(suite);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Empty quarkus-rest application (same JVM options, started alone, %d requests of warm-up): started in"
                        + " %.3f s, RSS %d MiB.%n%n| process | started in s (alone) | ÷ empty (target ≤ 1.5) | RSS after the"
                        + " run MiB | ÷ empty (target ≤ 1.5) |%n|---|---|---|---|---|%n",
                WARM_UP_REQUESTS, empty.startedIn(), empty.rssMiB()));
        for (String name : List.of("catalog", "tender", "contract", "evaluation", "credit", "gateway")) {
            long rss = rssMiB(suite.pidOf(name));
            String started = "—";
            String ratio = "—";
            if (restarted.contains(name)) {
                suite.stopService(name, 1);
                suite.startService(name, 1);
                double seconds = lastStartedIn(read(suite.logOf(name)));
                started = String.format(Locale.ROOT, "%.3f", seconds);
                ratio = String.format(Locale.ROOT, "%.1f", seconds / empty.startedIn());
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f |%n", name, started, ratio, rss,
                    (double) rss / empty.rssMiB()));
        }
        return table.toString();
    }

    private record Baseline(double startedIn, long rssMiB) {
    }

    private static Baseline emptyApplication(WholeSuite suite) {
        Path jar = suite.root.resolve("baseline-app/target/quarkus-app/quarkus-run.jar");
        try {
            int port = freePort();
            Path log = Files.createTempFile("govbuy-baseline-app-", ".log");
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(SERVICE_JVM);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("BASELINE_PORT", Integer.toString(port));
            Process app = builder.start();
            try {
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                        .until(() -> STARTED.matcher(read(log)).find());
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest greeting = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/greeting")).build();
                for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                    client.send(greeting, HttpResponse.BodyHandlers.discarding());
                }
                return new Baseline(lastStartedIn(read(log)), rssMiB(app.pid()));
            } finally {
                app.destroy();
                app.waitFor();
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double lastStartedIn(String log) {
        Matcher started = STARTED.matcher(log);
        Double last = null;
        while (started.find()) {
            last = Double.parseDouble(started.group(1));
        }
        if (last == null) {
            throw new IllegalStateException("no \"started in\" in the log");
        }
        return last;
    }

    /** The resident set size of a process, from /proc (Linux). */
    static long rssMiB(long pid) {
        String status = read(Path.of("/proc", Long.toString(pid), "status"));
        Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
        if (!rss.find()) {
            throw new IllegalStateException("no VmRSS for process " + pid);
        }
        return Long.parseLong(rss.group(1)) / 1024;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
