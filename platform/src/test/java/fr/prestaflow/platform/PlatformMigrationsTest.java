package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The platform's migrations on a real PostgreSQL: in a Testcontainers container when Docker runs (skipped cleanly
 * otherwise), and always on the PostgreSQL the test JVM found another way, so the coverage does not depend on Docker.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlatformMigrationsTest {

    private static final List<String> TABLES = List.of("dead_letter", "outbox_event", "processed_message");

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class In_a_container {

        @Container
        static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");

        @Test
        void create_the_outbox_processed_message_and_dead_letter_tables() throws SQLException {
            assertMigrated(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        }
    }

    @Nested
    class On_the_database_found_without_docker {

        @Test
        void create_the_outbox_processed_message_and_dead_letter_tables() throws SQLException {
            TestDatabase database = TestDatabase.shared();
            assertMigrated(database.jdbcUrl(null), database.user(), database.password());
        }
    }

    private static void assertMigrated(String url, String user, String password) throws SQLException {
        String schema = "migrations_" + Long.toHexString(System.nanoTime());
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).containsAll(TABLES);
        }
    }
}
