package fr.prestaflow.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL for the stack: the machine's server on localhost:5432 when it lets us in, otherwise embedded binaries (from
 * Maven Central) whose data directory is kept between runs.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "prestaflow";
    static final String USER = "prestaflow";
    static final String PASSWORD = "prestaflow";

    record Connection(String host, int port, String database, String user, String password, String origin) {
    }

    private final EmbeddedPostgres embedded;
    private final Connection connection;

    private PostgresServer(EmbeddedPostgres embedded, Connection connection) {
        this.embedded = embedded;
        this.connection = connection;
    }

    static PostgresServer start(StackSettings settings) {
        if (listening(settings.postgresPort())) {
            Optional<Connection> machine = machineServer(settings.postgresPort());
            if (machine.isPresent()) {
                return new PostgresServer(null, machine.get());
            }
            System.out.println("A server listens on port " + settings.postgresPort()
                    + " but does not accept the prestaflow or postgres user: starting embedded PostgreSQL instead");
        }
        return embedded(settings, listening(settings.postgresPort()) ? settings.postgresPort() + 10000 : settings.postgresPort());
    }

    Connection connection() {
        return connection;
    }

    private static Optional<Connection> machineServer(int port) {
        if (canLogIn(port, DATABASE, USER, PASSWORD)) {
            return Optional.of(new Connection("localhost", port, DATABASE, USER, PASSWORD, "the server on localhost:" + port));
        }
        String adminUser = env("PGUSER", "postgres");
        String adminPassword = env("PGPASSWORD", "postgres");
        if (canLogIn(port, "postgres", adminUser, adminPassword)) {
            createDatabase(port, adminUser, adminPassword);
            return Optional.of(new Connection("localhost", port, DATABASE, USER, PASSWORD, "the server on localhost:" + port));
        }
        return Optional.empty();
    }

    private static PostgresServer embedded(StackSettings settings, int port) {
        try {
            Path data = settings.dataDir().resolve("postgres");
            Files.createDirectories(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    // A file of claims writes about 28 kB of WAL per claim: at the default 1 GB a checkpoint every ~20,000
                    // claims, each followed by whole pages in the WAL again; and the default 4 MB of WAL buffers filled
                    // about 20,000 times per run, each time a backend wrote the WAL itself mid-transaction.
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("checkpoint_timeout", "10min")
                    .setServerConfig("wal_buffers", "16MB")
                    .start();
            createDatabase(port, "postgres", "postgres");
            return new PostgresServer(postgres,
                    new Connection("localhost", port, DATABASE, USER, PASSWORD, "embedded PostgreSQL in " + data));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(int port, String adminUser, String adminPassword) {
        try (var admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", adminUser, adminPassword);
             var statement = admin.createStatement()) {
            if (!statement.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'").next()) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next()) {
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the prestaflow database: " + e.getMessage(), e);
        }
    }

    private static boolean canLogIn(int port, String database, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (java.sql.Connection ignored = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + database, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
