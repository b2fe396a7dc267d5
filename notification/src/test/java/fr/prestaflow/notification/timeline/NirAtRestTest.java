package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.ColumnReEncryption;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import fr.prestaflow.testsupport.TestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The timeline keeps the beneficiary's NIR encrypted; the NIR filter and the masked NIR members see still work. */
class NirAtRestTest extends NotificationTest {

    @Test
    void the_timeline_row_holds_no_clear_nir() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();

        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(1))));
        ClaimDetail claim = awaitStatus(claimId, ClaimStatus.RECEIVED);

        String stored = jdbc.sql("""
                        select beneficiary_nir_encrypted || ' ' || beneficiary_nir_index from claim_timeline
                        where claim_id = :id""")
                .param("id", claimId).query(String.class).single();
        assertThat(stored).startsWith("demo-1:").doesNotContain(NIR);
        assertThat(claim.beneficiary().maskedNir()).isEqualTo("1 85 •••••••• 87");
    }

    @Test
    void clear_nirs_of_an_earlier_version_are_encrypted_and_indexed_by_the_migration() {
        String schema = "notification_upgrade_" + Long.toHexString(System.nanoTime());
        TestDatabase db = TestDatabase.shared();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(schema), db.user(),
                db.password());
        flyway(dataSource, schema).target("3").load().migrate();
        var old = JdbcClient.create(dataSource);
        UUID claimId = UUID.randomUUID();
        old.sql("""
                insert into claim_timeline (claim_id, contract_number, beneficiary_nir, status, status_at, received_at,
                                            updated_at)
                values (:id, 'CT-OLD', :nir, 'RECEIVED', now(), now(), now())""")
                .param("id", claimId).param("nir", NIR).update();
        var cipher = new FieldCipher(new Keyring(Map.of("k1", "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ="), "k1"));
        var index = new BlindIndex("oTq1b8mV3nC6xQ2yZ9r4s7u0w3e6t9y2u5i8o1p4a7s=");

        flyway(dataSource, schema).javaMigrations(new V4__encrypt_beneficiary_nir(new ColumnReEncryption(cipher, index)))
                .load().migrate();

        var row = old.sql("""
                        select beneficiary_nir_encrypted, beneficiary_nir_index from claim_timeline where claim_id = :id""")
                .param("id", claimId).query().singleRow();
        assertThat(cipher.decrypt((String) row.get("beneficiary_nir_encrypted"))).isEqualTo(NIR);
        assertThat(row.get("beneficiary_nir_index")).isEqualTo(index.of(NIR));
    }

    private static FluentConfiguration flyway(DataSource dataSource, String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration");
    }
}
