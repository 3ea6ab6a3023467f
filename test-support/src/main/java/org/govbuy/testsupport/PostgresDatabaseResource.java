package org.govbuy.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Creates a fresh database on the machine's PostgreSQL server for a module's tests (dropping any
 * left from an earlier run) and points the application at it. The server is found through
 * {@code GOVBUY_PG_HOST}, {@code GOVBUY_PG_PORT}, {@code GOVBUY_PG_USER} and
 * {@code GOVBUY_PG_PASSWORD}, defaulting to postgres on 127.0.0.1:5432 without a password.
 * Init argument {@code database} names the database. With init argument {@code server=private}
 * the module's tests get a PostgreSQL server of their own instead ({@link PostgresCluster}), which
 * a test may restart through {@link #privateCluster()}.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static volatile PostgresCluster privateCluster;

    private String database = "govbuy_test";
    private boolean ownServer;

    /** The module's own server, when its tests asked for one. */
    public static PostgresCluster privateCluster() {
        if (privateCluster == null) {
            throw new IllegalStateException("this module's tests run on the machine's PostgreSQL server");
        }
        return privateCluster;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        ownServer = "private".equals(initArgs.get("server"));
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.fromEnvironment();
        if (ownServer) {
            privateCluster = PostgresCluster.create("govbuy-test-" + java.util.UUID.randomUUID());
            privateCluster.start();
            server = privateCluster.server();
        }
        server.recreateDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // a database on the machine's server is kept for inspection after a failed run; the next
        // run drops it. A private server goes with the tests.
        if (privateCluster != null) {
            privateCluster.close();
            privateCluster = null;
        }
    }

    /** Connection facts of the PostgreSQL server that tests and scripts use. */
    public record PostgresServer(String host, int port, String user, String password) {

        public static PostgresServer fromEnvironment() {
            return new PostgresServer(
                    env("GOVBUY_PG_HOST", "127.0.0.1"),
                    Integer.parseInt(env("GOVBUY_PG_PORT", "5432")),
                    env("GOVBUY_PG_USER", "postgres"),
                    env("GOVBUY_PG_PASSWORD", ""));
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public void recreateDatabase(String database) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database + " on " + host + ":" + port
                        + " as " + user + ": " + e.getMessage(), e);
            }
        }

        /**
         * A fresh database with every SQL script of {@code scripts} applied in name order (a module's
         * migrations, for tests that run on plain JDBC without Flyway).
         */
        public org.postgresql.ds.PGSimpleDataSource migratedDatabase(String database, java.nio.file.Path scripts) {
            recreateDatabase(database);
            org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl(database));
            dataSource.setUser(user);
            dataSource.setPassword(password);
            try (Connection connection = dataSource.getConnection();
                    java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(scripts)) {
                for (java.nio.file.Path script : files.sorted().toList()) {
                    connection.createStatement().execute(java.nio.file.Files.readString(script));
                }
            } catch (SQLException | java.io.IOException e) {
                throw new IllegalStateException("cannot migrate " + database + " with " + scripts + ": " + e.getMessage(), e);
            }
            return dataSource;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
