package fr.prestaflow.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM, found the cheapest way that works here: a server named by the environment
 * ({@code PRESTAFLOW_TEST_DB_HOST}, ...), a Testcontainers container when Docker runs, a server on localhost:5432, or the
 * embedded PostgreSQL binaries from Maven Central. Never H2.
 */
public record TestDatabase(String host, int port, String name, String user, String password, String origin) {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile TestDatabase shared;

    public static TestDatabase shared() {
        TestDatabase database = shared;
        if (database == null) {
            synchronized (TestDatabase.class) {
                if (shared == null) {
                    shared = start();
                    log.info("Tests use PostgreSQL from {} at {}:{}/{}", shared.origin, shared.host, shared.port, shared.name);
                }
                database = shared;
            }
        }
        return database;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + (schema == null ? "" : "?currentSchema=" + schema);
    }

    public Connection connect(String schema) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(schema), credentials);
    }

    private static TestDatabase start() {
        String host = System.getenv("PRESTAFLOW_TEST_DB_HOST");
        if (host != null && !host.isBlank()) {
            return new TestDatabase(host, Integer.parseInt(env("PRESTAFLOW_TEST_DB_PORT", "5432")),
                    env("PRESTAFLOW_TEST_DB_NAME", "postgres"), env("PRESTAFLOW_TEST_DB_USER", "postgres"),
                    env("PRESTAFLOW_TEST_DB_PASSWORD", "postgres"), "environment").freshDatabase();
        }
        if (!"false".equals(System.getenv("PRESTAFLOW_TEST_DOCKER")) && dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new TestDatabase(container.getHost(), container.getFirstMappedPort(), container.getDatabaseName(),
                    container.getUsername(), container.getPassword(), "testcontainers");
        }
        TestDatabase local = new TestDatabase("localhost", 5432, "postgres", env("PGUSER", "postgres"),
                env("PGPASSWORD", "postgres"), "localhost:5432");
        if (local.reachable()) {
            return local.freshDatabase();
        }
        return embedded();
    }

    /**
     * A server that outlives the test JVM keeps what earlier runs left; each JVM gets a database of its own, dropped when
     * it exits, so no test meets another run's rows.
     */
    private TestDatabase freshDatabase() {
        String fresh = "prestaflow_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        try (Connection admin = connect(null); var statement = admin.createStatement()) {
            statement.execute("create database " + fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + fresh + " on " + origin, e);
        }
        TestDatabase database = new TestDatabase(host, port, fresh, user, password, origin + ", database " + fresh);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection admin = connect(null); var statement = admin.createStatement()) {
                statement.execute("drop database if exists " + fresh + " with (force)");
            } catch (SQLException ignored) {
                // the server may be gone already; the database is only test data
            }
        }));
        return database;
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
            return new TestDatabase("localhost", postgres.getPort(), "postgres", "postgres", "postgres", "embedded binaries");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private boolean reachable() {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = connect(null)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
