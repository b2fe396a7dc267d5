package fr.prestaflow.adjudication.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.ColumnReEncryption;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import fr.prestaflow.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A database of the version that stored NIRs in clear comes up with them encrypted, and still unique per contract. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EncryptBeneficiaryNirMigrationTest {

    private static final String NIR = "185117505612387";
    private static final FieldCipher CIPHER = new FieldCipher(
            new Keyring(Map.of("k1", "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ="), "k1"));
    private static final BlindIndex INDEX = new BlindIndex("oTq1b8mV3nC6xQ2yZ9r4s7u0w3e6t9y2u5i8o1p4a7s=");

    @Test
    void clear_nirs_of_an_earlier_version_are_encrypted_indexed_and_kept_unique() {
        String schema = "adjudication_upgrade_" + Long.toHexString(System.nanoTime());
        TestDatabase db = TestDatabase.shared();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(schema), db.user(),
                db.password());
        flyway(dataSource, schema).target("2").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into contract (contract_number, plan_id, start_date, member_name)
                values ('CT-OLD', 'CONFORT', date '2024-01-01', 'Claire Martin')""").update();
        jdbc.sql("""
                insert into beneficiary (contract_number, rank, nir, birth_date)
                values ('CT-OLD', 1, :nir, date '1985-11-12')""").param("nir", NIR).update();

        flyway(dataSource, schema).javaMigrations(new V3__encrypt_beneficiary_nir(new ColumnReEncryption(CIPHER, INDEX)))
                .load().migrate();

        List<String> stored = jdbc.sql("select nir_encrypted from beneficiary where contract_number = 'CT-OLD'")
                .query(String.class).list();
        assertThat(stored).singleElement().satisfies(value -> {
            assertThat(value).startsWith("k1:").doesNotContain(NIR);
            assertThat(CIPHER.decrypt(value)).isEqualTo(NIR);
        });
        assertThat(jdbc.sql("select count(*) from beneficiary where nir_index = :index")
                .param("index", INDEX.of(NIR)).query(Long.class).single()).isOne();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into beneficiary (contract_number, rank, nir_encrypted, nir_index, birth_date)
                        values ('CT-OLD', 2, :nir, :index, date '1985-11-12')""")
                .param("nir", CIPHER.encrypt(NIR)).param("index", INDEX.of(NIR)).update())
                .hasMessageContaining("beneficiary_contract_nir_index");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(javax.sql.DataSource dataSource,
                                                                                   String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration");
    }
}
