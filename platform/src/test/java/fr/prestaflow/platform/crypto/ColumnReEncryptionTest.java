package fr.prestaflow.platform.crypto;

import static fr.prestaflow.platform.crypto.FieldCipherTest.NEW;
import static fr.prestaflow.platform.crypto.FieldCipherTest.OLD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Key rotation on a real PostgreSQL table: what an operator does, step by step, in docs/security.md. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ColumnReEncryptionTest {

    private static final EncryptedColumn COLUMN = EncryptedColumn.indexed("person", "id", "nir", "nir_index");
    private static final BlindIndex INDEX = new BlindIndex(OLD);
    private static final FieldCipher BEFORE = new FieldCipher(new Keyring(Map.of("k1", OLD), "k1"));
    private static final FieldCipher DURING = new FieldCipher(new Keyring(Map.of("k1", OLD, "k2", NEW), "k2"));
    private static final FieldCipher AFTER = new FieldCipher(new Keyring(Map.of("k2", NEW), "k2"));

    private Connection connection;

    @BeforeEach
    void table() throws SQLException {
        connection = TestDatabase.shared().connect(null);
        try (var statement = connection.createStatement()) {
            statement.execute("create schema if not exists crypto_test");
            statement.execute("set search_path to crypto_test");
            statement.execute("drop table if exists person");
            statement.execute("create table person (id bigint primary key, nir text, nir_index char(64))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void values_left_in_clear_by_an_earlier_version_are_encrypted_and_indexed() throws SQLException {
        insert(1, "180057512345622", null);
        insert(2, null, null);

        int rewritten = new ColumnReEncryption(BEFORE, INDEX).run(connection, COLUMN, false);

        assertThat(rewritten).isEqualTo(1);
        assertThat(stored(1)).startsWith("k1:").doesNotContain("180057512345622");
        assertThat(BEFORE.decrypt(stored(1))).isEqualTo("180057512345622");
        assertThat(index(1)).isEqualTo(INDEX.of("180057512345622"));
        assertThat(stored(2)).isNull();
    }

    @Test
    void a_rotation_rewrites_old_values_with_the_new_key_after_which_the_old_key_can_go() throws SQLException {
        for (int id = 1; id <= 1_201; id++) { // more than one page
            insert(id, BEFORE.encrypt(nir(id)), INDEX.of(nir(id)));
        }

        int rewritten = new ColumnReEncryption(DURING, INDEX).run(connection, COLUMN, false);

        assertThat(rewritten).isEqualTo(1_201);
        assertThat(allStored()).allSatisfy(value -> assertThat(value).startsWith("k2:"));
        assertThat(AFTER.decrypt(stored(1))).isEqualTo(nir(1));
        assertThat(AFTER.decrypt(stored(1_201))).isEqualTo(nir(1_201));
        assertThat(new ColumnReEncryption(AFTER, INDEX).run(connection, COLUMN, false)).isZero();
    }

    @Test
    void values_read_with_the_old_key_until_the_job_has_run() throws SQLException {
        insert(1, BEFORE.encrypt(nir(1)), INDEX.of(nir(1)));

        assertThat(DURING.decrypt(stored(1))).isEqualTo(nir(1));
    }

    @Test
    void a_reindex_recomputes_every_blind_index_with_the_new_blind_index_key() throws SQLException {
        insert(1, BEFORE.encrypt(nir(1)), INDEX.of(nir(1)));
        var newIndex = new BlindIndex(NEW);

        new ColumnReEncryption(BEFORE, newIndex).run(connection, COLUMN, true);

        assertThat(index(1)).isEqualTo(newIndex.of(nir(1)));
        assertThat(BEFORE.decrypt(stored(1))).isEqualTo(nir(1));
    }

    private static String nir(int id) {
        return "1800575%08d".formatted(id);
    }

    private void insert(long id, String nir, String index) throws SQLException {
        try (var statement = connection.prepareStatement("insert into person values (?, ?, ?)")) {
            statement.setLong(1, id);
            statement.setString(2, nir);
            statement.setString(3, index);
            statement.executeUpdate();
        }
    }

    private String stored(long id) throws SQLException {
        return column("nir", id);
    }

    private String index(long id) throws SQLException {
        return column("nir_index", id);
    }

    private String column(String name, long id) throws SQLException {
        try (var statement = connection.prepareStatement("select " + name + " from person where id = ?")) {
            statement.setLong(1, id);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private List<String> allStored() throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("select nir from person")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
