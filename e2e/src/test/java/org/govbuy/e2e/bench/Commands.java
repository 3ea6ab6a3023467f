package org.govbuy.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command the tests need (the govbuy script, psql, pgbench) and collects what it printed. */
public final class Commands {

    /** How a command ended: within its time limit or not, its exit code, and its output (stdout and stderr). */
    public record Outcome(boolean finished, int exitCode, String output) {
        public boolean succeeded() {
            return finished && exitCode == 0;
        }
    }

    private Commands() {
    }

    /** Runs {@code command} in {@code directory} with {@code environment} added; kills it after {@code limit}. */
    public static Outcome run(List<String> command, Path directory, Map<String, String> environment, Duration limit) {
        try {
            Path output = Files.createTempFile("govbuy-command-", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
                if (!finished) {
                    process.destroyForcibly();
                }
                return new Outcome(finished, finished ? process.exitValue() : -1,
                        Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
