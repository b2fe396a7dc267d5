package fr.prestaflow.adjudication.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Beneficiaries' NIRs are encrypted at rest, and everything that finds a beneficiary by NIR still does. */
class NirEncryptionTest extends AdjudicationTest {

    @Autowired FieldCipher cipher;
    @Autowired Flyway flyway;

    @Test
    void the_beneficiary_table_holds_no_clear_nir() {
        String contract = newContract("CONFORT");

        List<String> stored = jdbc.sql("""
                        select nir_encrypted || ' ' || nir_index from beneficiary where contract_number = :c""")
                .param("c", contract).query(String.class).list();

        assertThat(stored).hasSize(2).allSatisfy(row -> assertThat(row).startsWith("demo-1:")
                .doesNotContain(NIR).doesNotContain(SECOND_NIR));
    }

    @Test
    void the_contract_api_answers_with_the_nirs_as_they_were_sent() {
        String contract = newContract("CONFORT");

        var beneficiaries = body(mvc.get().uri("/api/v1/contracts/" + contract).header("X-Role", "OPS").exchange())
                .get("beneficiaries");

        assertThat(beneficiaries.get(0).get("nir").asString()).isEqualTo(NIR);
        assertThat(beneficiaries.get(1).get("nir").asString()).isEqualTo(SECOND_NIR);
    }

    @Test
    void a_claim_naming_its_beneficiary_by_nir_finds_them() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var second = new BeneficiaryRef(contract, SECOND_NIR, SECOND_BIRTH_DATE, null);

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, second, specialistNonOptam(1)));

        // found by NIR alone: the event names them with their rank in the contract
        assertThat(awaitEvent(claimId, ClaimAdjudicated.class).beneficiary())
                .isEqualTo(new BeneficiaryRef(contract, SECOND_NIR, SECOND_BIRTH_DATE, 2));
    }

    @Test
    void a_claim_with_a_nir_not_in_the_contract_is_still_rejected_as_unknown_beneficiary() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var stranger = new BeneficiaryRef(contract, "180057512345622", null, null);

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, stranger, specialistNonOptam(1)));

        assertThat(awaitEvent(claimId, ClaimRejected.class).codes()).contains("UNKNOWN_BENEFICIARY");
    }

    @Test
    void a_put_keeps_the_beneficiary_row_of_the_same_nir_and_refuses_the_same_nir_twice() {
        String contract = newContract("CONFORT");
        List<Long> before = beneficiaryIds(contract);

        assertThat(putContract(contract, contractJson("SERENITE", "2024-01-01"))).hasStatus(200);
        var duplicate = putContract(contract, contractJson("CONFORT", "2024-01-01").replace(SECOND_NIR, NIR));

        assertThat(duplicate).hasStatus(400);
        assertThat(body(duplicate).get("code").asString()).isEqualTo("DUPLICATE_BENEFICIARY");

        assertThat(beneficiaryIds(contract)).isEqualTo(before);
    }

    @Test
    void a_nir_sealed_with_a_retired_key_is_still_found_then_moved_to_the_current_key_at_the_next_start() {
        String contract = newContract("CONFORT");
        var retired = new FieldCipher(new Keyring(Map.of("retired", RETIRED_KEY), "retired"));
        jdbc.sql("update beneficiary set nir_encrypted = :sealed where contract_number = :c and rank = 1")
                .param("sealed", retired.encrypt(NIR)).param("c", contract).update();
        UUID claimId = UUID.randomUUID();

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        assertThat(awaitEvent(claimId, ClaimAdjudicated.class).beneficiary()).isEqualTo(holder(contract));

        flyway.migrate(); // what a restart does: migrations, then re-encryption of what is not under the current key

        String stored = jdbc.sql("select nir_encrypted from beneficiary where contract_number = :c and rank = 1")
                .param("c", contract).query(String.class).single();
        assertThat(stored).startsWith("demo-1:");
        assertThat(cipher.decrypt(stored)).isEqualTo(NIR);
    }

    private List<Long> beneficiaryIds(String contract) {
        return jdbc.sql("select id from beneficiary where contract_number = :c order by id")
                .param("c", contract).query(Long.class).list();
    }
}
