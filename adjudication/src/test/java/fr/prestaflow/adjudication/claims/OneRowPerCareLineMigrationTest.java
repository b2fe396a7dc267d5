package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.testsupport.TestDatabase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of the version that kept consumption in a table of its own comes up with that history in the lines (V6),
 * and the next claims count it: a schema is migrated to V5, given claims in that shape, then migrated on, and a claim is
 * adjudicated in it by the service's own code.
 */
class OneRowPerCareLineMigrationTest extends AdjudicationTest {

    private static final LocalDate FEBRUARY = LocalDate.of(2025, 2, 3);
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);
    private static final LocalDate JUNE = LocalDate.of(2025, 6, 2);

    @Autowired ClaimAdjudicator adjudicator;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired List<JavaMigration> javaMigrations;
    @Autowired FieldCipher cipher;
    @Autowired BlindIndex blindIndex;

    @Test
    void consumption_stored_before_v6_still_counts_against_the_yearly_forfait_and_a_reversed_one_still_does_not() {
        String schema = schemaAtVersion5();
        JdbcClient old = JdbcClient.create(dataSource(schema));
        String contract = newContractNumber();
        long beneficiary = insertContract(old, contract);
        UUID reversed = UUID.randomUUID();
        UUID reversal = UUID.randomUUID();
        insertClaim(old, UUID.randomUUID(), contract, beneficiary, false, contactLenses(1, MARCH, 9000), null);
        insertClaim(old, reversed, contract, beneficiary, false, contactLenses(1, FEBRUARY, 4000), reversal);
        insertClaim(old, reversal, contract, beneficiary, true, contactLenses(1, FEBRUARY, 4000), null);

        flyway(schema).load().migrate();

        assertThat(old.sql("select to_regclass('consumption')::text").query(String.class).optional()).isEmpty();
        UUID claimId = UUID.randomUUID();
        adjudicateIn(schema, analysed(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, JUNE, 10000)));
        // CONFORT's contact lens forfait is 150 € a year: 90 € were consumed in March, February's 40 € were reversed
        assertThat(old.sql("select complementary_paid_cents from adjudication_line where claim_id = :c")
                .param("c", claimId).query(Long.class).single()).isEqualTo(6000);
    }

    @Test
    void v6_stops_and_changes_nothing_when_a_consumption_row_is_not_what_its_line_consumed() {
        String schema = schemaAtVersion5();
        JdbcClient old = JdbcClient.create(dataSource(schema));
        String contract = newContractNumber();
        long beneficiary = insertContract(old, contract);
        UUID claimId = UUID.randomUUID();
        insertClaim(old, claimId, contract, beneficiary, false, contactLenses(1, MARCH, 9000), null);
        old.sql("update consumption set complementary_paid_cents = 8000 where claim_id = :c").param("c", claimId)
                .update();

        assertThatThrownBy(() -> flyway(schema).load().migrate())
                .hasStackTraceContaining("1 consumption row(s) match no adjudication line");

        assertThat(old.sql("select complementary_paid_cents from consumption where claim_id = :c").param("c", claimId)
                .query(Long.class).single()).isEqualTo(8000);
        assertThat(old.sql("select max(version) from flyway_schema_history where success").query(String.class)
                .single()).isEqualTo("5");
    }

    private String schemaAtVersion5() {
        String schema = "adjudication_v5_" + Long.toHexString(System.nanoTime());
        flyway(schema).target("5").load().migrate();
        return schema;
    }

    private FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(dataSource(schema)).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
    }

    private static DataSource dataSource(String schema) {
        TestDatabase db = TestDatabase.shared();
        return new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(schema), db.user(), db.password());
    }

    private long insertContract(JdbcClient jdbc, String contract) {
        jdbc.sql("""
                insert into contract (contract_number, plan_id, start_date, member_name)
                values (:contract, 'CONFORT', date '2024-01-01', 'Claire Martin')""")
                .param("contract", contract).update();
        return jdbc.sql("""
                        insert into beneficiary (contract_number, rank, nir_encrypted, nir_index, birth_date)
                        values (:contract, 1, :nir, :index, :birth) returning id""")
                .params(Map.of("contract", contract, "nir", cipher.encrypt(NIR), "index", blindIndex.of(NIR),
                        "birth", BIRTH_DATE))
                .query(Long.class).single();
    }

    /**
     * A one-line claim as the version before V6 stored it: the mutuelle paid the whole bill, and the line's consumption
     * went to a row of its own, unless the claim is a reversal.
     */
    private static void insertClaim(JdbcClient jdbc, UUID claimId, String contract, long beneficiary, boolean reversal,
                                    CareLine line, UUID reversedBy) {
        var values = new HashMap<String, Object>(Map.of("claim", claimId, "contract", contract,
                "beneficiary", beneficiary, "reversal", reversal, "date", line.careDate(),
                "category", line.careCategory().name(), "act", line.actCode(), "billed", line.billedCents(),
                "key", DuplicateKey.of(line)));
        values.put("reversedBy", reversedBy);
        jdbc.sql("""
                insert into adjudication (claim_id, contract_number, beneficiary_id, plan_id, plan_version, channel,
                    status, reversal, billed_cents, complementary_paid_cents, reimbursed_cents, event_id, adjudicated_at)
                values (:claim, :contract, :beneficiary, 'CONFORT', 1, 'UPLOAD', 'ADJUDICATED', :reversal, :billed,
                    :billed, :billed, gen_random_uuid(), now())""").params(values).update();
        jdbc.sql("""
                insert into adjudication_line (claim_id, line_number, beneficiary_id, care_date, care_category, act_code,
                    quantity, billed_cents, base_cents, amo_paid_cents, participation_cents, franchise_cents,
                    complementary_paid_cents, patient_share_cents, reasons, plan_version, duplicate_key, reversal,
                    reversed_by)
                values (:claim, 1, :beneficiary, :date, :category, :act, 1, :billed, 0, 0, 0, 0, :billed, 0, '', 1,
                    :key, :reversal, :reversedBy)""").params(values).update();
        if (!reversal) {
            jdbc.sql("""
                    insert into consumption (beneficiary_id, claim_id, line_number, care_category, care_date, side,
                        basket, units, complementary_paid_cents, reversed_by)
                    values (:beneficiary, :claim, 1, :category, :date, 'BOTH', 'FREE', 1, :billed, :reversedBy)""")
                    .params(values).update();
        }
    }

    /**
     * The service's code on its pooled connection, pointed at the migrated schema for one transaction: every table it
     * names is looked up on the search path.
     */
    private void adjudicateIn(String schema, ClaimAnalysed claim) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.sql("select set_config('search_path', :schema, true)").param("schema", schema).query(String.class)
                    .single();
            adjudicator.adjudicate(claim, UUID.randomUUID());
        });
    }
}
