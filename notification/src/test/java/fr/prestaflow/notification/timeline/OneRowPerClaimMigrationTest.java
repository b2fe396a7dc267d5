package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.wording.Explanation;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.platform.crypto.ColumnReEncryption;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import fr.prestaflow.testsupport.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of the version that kept a claim's lines and steps in tables of their own comes up with them in the claim's
 * row (V6), and the claims read as they did: history, lines, care types, the care-type filter, the review reminders'
 * query.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OneRowPerClaimMigrationTest {

    private static final String NIR = "185117505612387";
    private static final String CONTRACT = "CT-OLD";
    private static final FieldCipher CIPHER = new FieldCipher(
            new Keyring(Map.of("k1", "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ="), "k1"));
    private static final BlindIndex INDEX = new BlindIndex("oTq1b8mV3nC6xQ2yZ9r4s7u0w3e6t9y2u5i8o1p4a7s=");
    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:15:30.123456Z");
    private static final Instant ANALYSED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant ADJUDICATED = Instant.parse("2026-03-11T10:00:00Z");
    private static final UUID ADJUDICATED_CLAIM = UUID.randomUUID();
    private static final UUID REVIEWED_CLAIM = UUID.randomUUID();

    private static ClaimTimelines timelines;

    @BeforeAll
    static void upgradeADatabaseOfTheEarlierVersion() {
        String schema = "notification_v6_" + Long.toHexString(System.nanoTime());
        TestDatabase db = TestDatabase.shared();
        DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(schema), db.user(),
                db.password());
        flyway(dataSource, schema).target("5").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        insertClaim(jdbc, ADJUDICATED_CLAIM, "ADJUDICATED", ADJUDICATED);
        jdbc.sql("""
                update claim_timeline set lines_at = :at, billed_cents = 12000, amo_cents = 1900, complementary_cents = 900,
                       patient_share_cents = 9200, reimbursed_cents = 900, payee_kind = 'MEMBER',
                       expected_payment_date = date '2026-03-13'
                where claim_id = :id""").param("id", ADJUDICATED_CLAIM).param("at", ts(ADJUDICATED)).update();
        insertStep(jdbc, ADJUDICATED_CLAIM, "ADJUDICATED", ADJUDICATED);
        insertStep(jdbc, ADJUDICATED_CLAIM, "RECEIVED", RECEIVED);
        insertStep(jdbc, ADJUDICATED_CLAIM, "ANALYSED", ANALYSED);
        jdbc.sql("""
                insert into claim_line (claim_id, line_number, care_date, care_category, act_code, billed_cents, amo_cents,
                                        complementary_cents, patient_share_cents, reasons, rejection_code)
                values (:id, 2, date '2026-03-02', 'OPTICS_LENS', '2203240', 9000, 0, 0, 9000, '',
                        'RENEWAL_PERIOD_NOT_ELAPSED'),
                       (:id, 1, date '2026-03-05', 'GP_CONSULTATION', 'G', 3000, 1900, 900, 200,
                        'AMO_REPORTED,PARTICIPATION_NOT_COVERED', null)""")
                .param("id", ADJUDICATED_CLAIM).update();
        insertClaim(jdbc, REVIEWED_CLAIM, "IN_REVIEW", ANALYSED);
        insertStep(jdbc, REVIEWED_CLAIM, "RECEIVED", RECEIVED);
        insertStep(jdbc, REVIEWED_CLAIM, "IN_REVIEW", ANALYSED);

        flyway(dataSource, schema).load().migrate();

        timelines = new ClaimTimelines(jdbc, CIPHER, INDEX);
    }

    @Test
    void a_claim_keeps_its_history_in_the_order_it_happened() {
        ClaimDetail claim = timelines.find(ADJUDICATED_CLAIM).orElseThrow();

        assertThat(claim.history()).containsExactly(
                new Step(ClaimStatus.RECEIVED, ClaimStatus.RECEIVED.label(), RECEIVED),
                new Step(ClaimStatus.ANALYSED, ClaimStatus.ANALYSED.label(), ANALYSED),
                new Step(ClaimStatus.ADJUDICATED, ClaimStatus.ADJUDICATED.label(), ADJUDICATED));
        assertThat(claim.status()).isEqualTo(ClaimStatus.ADJUDICATED);
        assertThat(claim.beneficiary().maskedNir()).isEqualTo("1 85 •••••••• 87");
    }

    @Test
    void a_claim_keeps_its_lines_with_their_amounts_reasons_in_order_and_rejection() {
        ClaimDetail claim = timelines.find(ADJUDICATED_CLAIM).orElseThrow();

        assertThat(claim.lines()).extracting(Line::lineNumber).containsExactly(1, 2);
        Line gp = claim.lines().get(0);
        assertThat(gp.careDate()).isEqualTo(LocalDate.parse("2026-03-05"));
        assertThat(gp.careType()).isEqualTo("GP_CONSULTATION");
        assertThat(gp.actCode()).isEqualTo("G");
        assertThat(gp.billed()).isEqualTo(Money.ofCents(3000));
        assertThat(gp.amo()).isEqualTo(Money.ofCents(1900));
        assertThat(gp.mutuelle()).isEqualTo(Money.ofCents(900));
        assertThat(gp.patientShare()).isEqualTo(Money.ofCents(200));
        assertThat(gp.explanations()).extracting(Explanation::code)
                .containsExactly("AMO_REPORTED", "PARTICIPATION_NOT_COVERED");
        assertThat(gp.rejection()).isNull();
        Line lens = claim.lines().get(1);
        assertThat(lens.explanations()).isEmpty();
        assertThat(lens.rejection().code()).isEqualTo("RENEWAL_PERIOD_NOT_ELAPSED");
        assertThat(claim.careTypes()).containsExactly("GP_CONSULTATION", "OPTICS_LENS");
    }

    @Test
    void lists_filter_by_the_care_types_of_the_moved_lines_and_show_the_first_care_date() {
        assertThat(listed("OPTICS_LENS")).containsExactly(ADJUDICATED_CLAIM);
        assertThat(listed("PHARMACY_65")).isEmpty();
        assertThat(timelines.received(CONTRACT, RECEIVED.minusSeconds(86_400), ADJUDICATED, 10))
                .filteredOn(claim -> claim.claimId().equals(ADJUDICATED_CLAIM))
                .singleElement()
                .satisfies(claim -> assertThat(claim.firstCareDate()).isEqualTo(LocalDate.parse("2026-03-02")));
    }

    @Test
    void a_claim_in_review_is_found_by_the_review_reminders_and_a_claim_past_review_is_not() {
        assertThat(timelines.inReviewSince(ANALYSED.plusSeconds(1), 10)).extracting(ClaimDetail::claimId)
                .containsExactly(REVIEWED_CLAIM);
        assertThat(timelines.inReviewSince(ANALYSED, 10)).isEmpty();
    }

    private static List<UUID> listed(String careType) {
        var filter = new ClaimFilter(Optional.of(CONTRACT), RECEIVED.minusSeconds(86_400), ADJUDICATED,
                Optional.of(careType), Optional.empty(), Optional.empty(), Optional.empty());
        return timelines.list(filter, 0, 10).items().stream().map(ClaimSummary::claimId).toList();
    }

    private static void insertClaim(JdbcClient jdbc, UUID claimId, String status, Instant statusAt) {
        jdbc.sql("""
                insert into claim_timeline (claim_id, contract_number, beneficiary_nir_encrypted, beneficiary_nir_index,
                                            beneficiary_rank, channel, status, status_at, received_at, identity_at,
                                            updated_at)
                values (:id, :contract, :nir, :index, 1, 'UPLOAD', :status, :statusAt, :received, :received, :statusAt)""")
                .param("id", claimId).param("contract", CONTRACT).param("nir", CIPHER.encrypt(NIR))
                .param("index", INDEX.of(NIR)).param("status", status).param("statusAt", ts(statusAt))
                .param("received", ts(RECEIVED)).update();
    }

    private static void insertStep(JdbcClient jdbc, UUID claimId, String status, Instant at) {
        jdbc.sql("""
                insert into claim_step (claim_id, cycle, status, occurred_at, event_id, recorded_at)
                values (:id, 0, :status, :at, :event, :at)""")
                .param("id", claimId).param("status", status).param("at", ts(at)).param("event", UUID.randomUUID())
                .update();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static FluentConfiguration flyway(DataSource dataSource, String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration")
                .javaMigrations(new V4__encrypt_beneficiary_nir(new ColumnReEncryption(CIPHER, INDEX)));
    }
}
