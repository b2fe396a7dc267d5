package fr.prestaflow.intake.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.ColumnReEncryption;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.testsupport.TestDatabase;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The beneficiary NIR a member types is stored encrypted; events and the review queue still show it. */
class NirAtRestTest extends IntakeIntegrationTest {

    private static final String NIR = "180037512345692"; // UploadRequest's default beneficiary

    @Test
    void the_claim_row_holds_the_nir_encrypted_and_the_events_carry_it_as_sent() {
        String member = newContract();

        UUID claimId = submitted(member, dentalInvoice(member));

        String stored = jdbc.sql("select beneficiary_nir_encrypted from claim where id = :id")
                .param("id", claimId).query(String.class).single();
        assertThat(stored).startsWith("demo-1:").doesNotContain(NIR);
        assertThat(awaitDecoded(claimId, ClaimReceived.class).beneficiary().nir()).isEqualTo(NIR);
    }

    @Test
    void the_review_queue_shows_ops_the_nir_as_the_member_sent_it() {
        String member = newContract();
        UUID claimId = claimInReview(member);

        var item = body(mvc.get().uri("/api/v1/review-queue/{id}", claimId).header(Caller.ROLE_HEADER, "OPS").exchange());

        assertThat(item.get("beneficiary").get("nir").asString()).isEqualTo(NIR);
    }

    @Test
    void clear_nirs_of_an_earlier_version_are_encrypted_by_the_migration() {
        String schema = "intake_upgrade_" + Long.toHexString(System.nanoTime());
        TestDatabase db = TestDatabase.shared();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(schema), db.user(),
                db.password());
        flyway(dataSource, schema).target("2").load().migrate();
        var old = JdbcClient.create(dataSource);
        UUID claimId = UUID.randomUUID();
        old.sql("""
                insert into claim (id, member_contract, beneficiary_nir, vision_change_justified, member_hints, status,
                                   received_at)
                values (:id, 'CT-OLD', :nir, false, '[]', 'RECEIVED', now())""")
                .param("id", claimId).param("nir", NIR).update();
        var cipher = new FieldCipher(new Keyring(Map.of("k1", "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ="), "k1"));
        var encryption = new ColumnReEncryption(cipher, new BlindIndex("oTq1b8mV3nC6xQ2yZ9r4s7u0w3e6t9y2u5i8o1p4a7s="));

        flyway(dataSource, schema).javaMigrations(new V3__encrypt_beneficiary_nir(encryption)).load().migrate();

        String stored = old.sql("select beneficiary_nir_encrypted from claim where id = :id")
                .param("id", claimId).query(String.class).single();
        assertThat(stored).startsWith("k1:").doesNotContain(NIR);
        assertThat(cipher.decrypt(stored)).isEqualTo(NIR);
    }

    private static UploadRequest dentalInvoice(String member) {
        return UploadRequest.forContract(member)
                .document(DENTAL, "facture-" + UUID.randomUUID() + ".pdf", TestDocuments.dentalInvoicePdf())
                .declares(TestDocuments.DENTAL_CARE_DATE, "DENTAL_PROSTHESIS", TestDocuments.DENTAL_BILLED_CENTS);
    }

    private static FluentConfiguration flyway(DataSource dataSource, String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration");
    }
}
