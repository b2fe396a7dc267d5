package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
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

    @Nested
    class On_a_database_the_previous_release_migrated {

        @Test
        void a_platform_migration_added_since_is_applied_although_numbered_below_the_services() throws IOException {
            TestDatabase database = TestDatabase.shared();
            String schema = "upgrade_" + Long.toHexString(System.nanoTime());
            // the previous release: the platform's migrations up to 0.5, then the service's own (V1, V10)
            flyway(database, schema, "classpath:db/platform").target("0.5").load().migrate();
            flyway(database, schema, "classpath:db/migration").ignoreMigrationPatterns("*:missing").load().migrate();

            MigrateResult upgrade = flyway(database, schema, "classpath:db/platform", "classpath:db/migration")
                    .outOfOrder(Boolean.parseBoolean(platformDefaults().getProperty("spring.flyway.out-of-order")))
                    .load().migrate();

            assertThat(upgrade.migrations).extracting(migration -> migration.version).contains("0.6");
        }

        private static FluentConfiguration flyway(TestDatabase database, String schema, String... locations) {
            return Flyway.configure().dataSource(database.jdbcUrl(null), database.user(), database.password())
                    .schemas(schema).defaultSchema(schema).locations(locations);
        }

        private static Properties platformDefaults() throws IOException {
            Properties defaults = new Properties();
            try (InputStream in = PlatformMigrationsTest.class.getResourceAsStream("/prestaflow-platform.properties")) {
                defaults.load(in);
            }
            return defaults;
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
