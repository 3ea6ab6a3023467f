package org.govbuy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) in its own JVM, built
 * from the classpath that the {@code kafka-broker} module writes. Free ports, a temporary log
 * directory, and a {@link #stop()}/{@link #start()} pair that keeps port and data so tests can
 * take the broker away and bring it back.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path workDir;
    private final Path classpathFile;
    private final int brokerPort;
    private final int controllerPort;
    private Process process;

    private KafkaBroker(Path workDir, Path classpathFile, int brokerPort, int controllerPort) {
        this.workDir = workDir;
        this.classpathFile = classpathFile;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Formats a new log directory on two free ports; call {@link #start()} next. */
    public static KafkaBroker create() {
        try {
            Path workDir = Files.createTempDirectory("govbuy-kafka-");
            KafkaBroker broker = new KafkaBroker(workDir, locateClasspathFile(), freePort(), freePort());
            broker.writeConfiguration();
            broker.format();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        process = launch("kafka.Kafka", workDir.resolve("server.properties").toString());
        awaitPort(brokerPort, START_TIMEOUT);
    }

    /** Stops the broker process (data and ports are kept for a later {@link #start()}). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
        deleteRecursively(workDir);
    }

    private void writeConfiguration() throws IOException {
        Path logDir = workDir.resolve("data");
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Files.writeString(workDir.resolve("server.properties"), properties);
        Files.writeString(workDir.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.file.ref=file",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + workDir.resolve("broker.log"),
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=%d %p %c - %m%n",
                ""));
    }

    private void format() {
        Process formatter = launch("kafka.tools.StorageTool", "format", "-t", newClusterId(),
                "-c", workDir.resolve("server.properties").toString());
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed, see "
                        + workDir.resolve("process.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process launch(String mainClass, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            String classpath = Files.readString(classpathFile).trim();
            List<String> command = new java.util.ArrayList<>(List.of(java, "-Xms128m", "-Xmx512m",
                    "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + workDir.resolve("log4j2.properties"),
                    "-cp", classpath, mainClass));
            command.addAll(List.of(args));
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("process.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPort(int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited, see " + workDir.resolve("process.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("Kafka broker did not open port " + port + " within " + timeout);
    }

    /** The file written by the kafka-broker module; found from the reactor root. */
    private static Path locateClasspathFile() {
        String root = System.getProperty("govbuy.root");
        Path start = root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("kafka-broker/target/broker-classpath.txt");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("kafka-broker/target/broker-classpath.txt not found from " + start
                + ": build the kafka-broker module first (./mvnw -pl kafka-broker generate-resources)");
    }

    private static String newClusterId() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return id.startsWith("-") ? "A" + id.substring(1) : id;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
