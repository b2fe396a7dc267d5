package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

class CorrectionAndReversalTest extends AdjudicationTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 5);

    @Test
    void a_corrected_claim_gives_back_what_it_consumed_and_is_adjudicated_again() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 9000)));
        awaitEvent(claimId, ClaimAdjudicated.class);

        publish(Topics.INTAKE_CLAIMS, correction(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 12000)));

        ClaimAdjudicated corrected = awaitEvent(claimId, 2, ClaimAdjudicated.class);
        assertThat(corrected.reimbursed()).isEqualTo(Money.ofCents(12000));
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(12000);
        assertThat(jdbc.sql("select revision from adjudication where claim_id = :c").param("c", claimId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_claim_and_its_correction_sent_together_end_at_the_corrected_amounts() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        UUID paidBefore = UUID.randomUUID();

        send(Topics.INTAKE_CLAIMS, analysed(paidBefore, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 3000)));
        send(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 9000)));
        send(Topics.INTAKE_CLAIMS, correction(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 12000)));
        kafka.flush();

        assertThat(awaitEvent(claimId, 2, ClaimAdjudicated.class).reimbursed()).isEqualTo(Money.ofCents(12000));
        assertThat(awaitEvent(paidBefore, ClaimAdjudicated.class).reimbursed()).isEqualTo(Money.ofCents(3000));
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(15000);
    }

    @Test
    void an_analysis_of_an_adjudicated_claim_that_is_no_correction_changes_nothing() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 9000)));
        awaitEvent(claimId, ClaimAdjudicated.class);

        RecordMetadata again = publish(Topics.INTAKE_CLAIMS,
                analysed(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, MARCH, 12000)));
        awaitConsumed(again);

        assertThat(eventsOf(claimId)).hasSize(1);
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(9000);
    }

    @Test
    void a_reversal_recovers_what_the_mutuelle_paid_and_gives_the_ceiling_back() {
        String contract = newContract("CONFORT");
        UUID paidClaim = UUID.randomUUID();
        CareLine lenses = contactLenses(1, MARCH, 15000);
        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(paidClaim, Channel.NOEMIE, holder(contract), lenses));
        awaitEvent(paidClaim, ClaimAdjudicated.class);
        UUID reversalClaim = UUID.randomUUID();

        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(reversalClaim, holder(contract), lenses));

        ClaimAdjudicated reversal = awaitEvent(reversalClaim, ClaimAdjudicated.class);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.reimbursed()).isEqualTo(Money.ofCents(15000));
        assertThat(reversal.payee().reference()).isEqualTo(contract);
        assertThat(reversal.lines()).singleElement()
                .satisfies(line -> assertThat(line.complementaryPaid()).isEqualTo(Money.ofCents(15000)));
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isZero();

        UUID laterClaim = UUID.randomUUID();
        publish(Topics.INTAKE_CLAIMS, analysed(laterClaim, Channel.UPLOAD, holder(contract), contactLenses(1, MAY, 15000)));
        assertThat(awaitEvent(laterClaim, ClaimAdjudicated.class).reimbursed()).isEqualTo(Money.ofCents(15000));
    }

    @Test
    void the_duplicate_keys_written_are_those_migration_v5_computes_from_the_rows_without_the_nir() throws Exception {
        String contract = newContract("CONFORT");
        UUID paidClaim = UUID.randomUUID();
        CareLine lenses = contactLenses(1, MARCH, 15000);
        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(paidClaim, Channel.NOEMIE, holder(contract), lenses,
                specialistNonOptam(2)));
        awaitEvent(paidClaim, ClaimAdjudicated.class);
        UUID reversalClaim = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(reversalClaim, holder(contract), lenses));
        awaitEvent(reversalClaim, ClaimAdjudicated.class);
        UUID unmatched = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(unmatched, holder(contract), contactLenses(1, MARCH, 9900)));
        awaitEvent(unmatched, ClaimRejected.class);
        List<UUID> claims = List.of(paidClaim, reversalClaim, unmatched);
        List<String> written = keysOf(claims);

        String migration = new String(getClass().getResourceAsStream("/db/migration/V5__duplicate_key_without_nir.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        jdbc.sql(migration).update();

        assertThat(written).hasSize(4).doesNotContainNull();
        assertThat(keysOf(claims)).isEqualTo(written);
    }

    private List<String> keysOf(List<UUID> claims) {
        return jdbc.sql("select duplicate_key from adjudication_line where claim_id = any(:claims) order by claim_id, line_number")
                .param("claims", claims.toArray(UUID[]::new)).query(String.class).list();
    }

    @Test
    void a_reversal_that_matches_no_earlier_line_is_rejected_and_reverses_nothing() {
        String contract = newContract("CONFORT");
        UUID paidClaim = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS,
                analysed(paidClaim, Channel.NOEMIE, holder(contract), contactLenses(1, MARCH, 15000)));
        awaitEvent(paidClaim, ClaimAdjudicated.class);
        UUID reversalClaim = UUID.randomUUID();

        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(reversalClaim, holder(contract), contactLenses(1, MARCH, 14000)));

        ClaimRejected rejected = awaitEvent(reversalClaim, ClaimRejected.class);
        assertThat(rejected.codes()).containsExactly("REVERSAL_UNMATCHED");
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(15000);
    }

    @Test
    void a_line_is_reversed_only_once() {
        String contract = newContract("CONFORT");
        UUID paidClaim = UUID.randomUUID();
        CareLine lenses = contactLenses(1, MARCH, 15000);
        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(paidClaim, Channel.NOEMIE, holder(contract), lenses));
        awaitEvent(paidClaim, ClaimAdjudicated.class);
        UUID first = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(first, holder(contract), lenses));
        awaitEvent(first, ClaimAdjudicated.class);
        UUID second = UUID.randomUUID();

        publish(Topics.TELETRANSMISSION_CLAIMS, reversal(second, holder(contract), lenses));

        assertThat(awaitEvent(second, ClaimRejected.class).codes()).containsExactly("REVERSAL_UNMATCHED");
    }

    @Test
    void the_same_line_teletransmitted_then_uploaded_is_paid_only_once() {
        String contract = newContract("CONFORT");
        UUID teletransmitted = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS,
                analysed(teletransmitted, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        assertThat(awaitEvent(teletransmitted, ClaimAdjudicated.class).reimbursed()).isEqualTo(Money.ofCents(1840));
        UUID uploaded = UUID.randomUUID();

        publish(Topics.INTAKE_CLAIMS, analysed(uploaded, Channel.UPLOAD, holder(contract), specialistNonOptam(1)));

        ClaimRejected rejected = awaitEvent(uploaded, ClaimRejected.class);
        assertThat(rejected.codes()).containsExactly("DUPLICATE_CLAIM_LINE");
        assertThat(rejected.lines()).singleElement().satisfies(line -> {
            assertThat(line.rejectionCode()).isEqualTo("DUPLICATE_CLAIM_LINE");
            assertThat(line.amoPaid()).isEqualTo(Money.ofCents(1410));
            assertThat(line.complementaryPaid()).isEqualTo(Money.ZERO);
            assertThat(line.patientShare()).isEqualTo(Money.ofCents(6590));
            assertThat(line.reasons()).containsExactly("AMO_REPORTED", "PARTICIPATION_NOT_COVERED");
        });
    }

    @Test
    void the_same_line_in_two_claims_sent_together_is_paid_once() {
        String contract = newContract("CONFORT");
        UUID teletransmitted = UUID.randomUUID();
        UUID uploaded = UUID.randomUUID();

        send(Topics.TELETRANSMISSION_CLAIMS, analysed(teletransmitted, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        send(Topics.TELETRANSMISSION_CLAIMS, analysed(uploaded, Channel.UPLOAD, holder(contract), specialistNonOptam(1)));
        kafka.flush();

        List<ClaimEvent> outcomes = List.of(awaitEvent(teletransmitted, ClaimEvent.class),
                awaitEvent(uploaded, ClaimEvent.class));
        assertThat(outcomes).filteredOn(ClaimAdjudicated.class::isInstance).singleElement()
                .satisfies(paid -> assertThat(((ClaimAdjudicated) paid).reimbursed()).isEqualTo(Money.ofCents(1840)));
        assertThat(outcomes).filteredOn(ClaimRejected.class::isInstance).singleElement()
                .satisfies(rejected -> assertThat(((ClaimRejected) rejected).codes()).containsExactly("DUPLICATE_CLAIM_LINE"));
    }

    @Test
    void a_duplicated_line_is_rejected_while_the_other_lines_of_the_claim_are_paid() {
        String contract = newContract("CONFORT");
        UUID teletransmitted = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS,
                analysed(teletransmitted, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        awaitEvent(teletransmitted, ClaimAdjudicated.class);
        UUID uploaded = UUID.randomUUID();

        publish(Topics.INTAKE_CLAIMS, analysed(uploaded, Channel.UPLOAD, holder(contract),
                contactLenses(1, MAY, 5000), specialistNonOptam(2)));

        ClaimAdjudicated adjudicated = awaitEvent(uploaded, ClaimAdjudicated.class);
        assertThat(adjudicated.reimbursed()).isEqualTo(Money.ofCents(5000));
        assertThat(adjudicated.lines()).extracting(line -> line.rejectionCode()).containsExactly(null, "DUPLICATE_CLAIM_LINE");
    }

    @Test
    void a_line_paid_in_a_claim_since_corrected_away_can_be_paid_in_another_claim() {
        String contract = newContract("CONFORT");
        UUID first = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(first, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        awaitEvent(first, ClaimAdjudicated.class);
        publish(Topics.TELETRANSMISSION_CLAIMS, correction(first, Channel.NOEMIE, holder(contract),
                contactLenses(1, MAY, 5000)));
        awaitEvent(first, 2, ClaimAdjudicated.class);
        UUID uploaded = UUID.randomUUID();

        publish(Topics.INTAKE_CLAIMS, analysed(uploaded, Channel.UPLOAD, holder(contract), specialistNonOptam(1)));

        assertThat(awaitEvent(uploaded, ClaimAdjudicated.class).reimbursed()).isEqualTo(Money.ofCents(1840));
    }
}
