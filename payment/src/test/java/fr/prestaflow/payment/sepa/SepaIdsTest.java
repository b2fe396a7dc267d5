package fr.prestaflow.payment.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SepaIdsTest {

    private static final UUID CLAIM = UUID.fromString("3f2a1c9e-7b4d-4e21-9a0b-5c6d7e8f9012");

    @Test
    void an_end_to_end_id_fits_35_characters_and_leads_back_to_its_claim() {
        String endToEndId = SepaIds.endToEndId(CLAIM, 2);

        assertThat(endToEndId).isEqualTo("3f2a1c9e7b4d4e219a0b5c6d7e8f9012-02").hasSize(35);
        assertThat(SepaIds.claimIdOf(endToEndId)).contains(CLAIM);
    }

    @Test
    void a_foreign_end_to_end_id_leads_to_no_claim() {
        assertThat(SepaIds.claimIdOf("NOTPROVIDED")).isEmpty();
    }

    @Test
    void the_attempt_number_has_two_digits() {
        assertThatThrownBy(() -> SepaIds.endToEndId(CLAIM, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void message_and_payment_information_ids_are_distinct_sepa_identifiers() {
        UUID batch = UUID.randomUUID();

        assertThat(SepaText.identifier("MsgId", SepaIds.messageId(batch))).hasSizeLessThanOrEqualTo(35);
        assertThat(SepaText.identifier("PmtInfId", SepaIds.paymentInformationId(batch)))
                .isNotEqualTo(SepaIds.messageId(batch));
        assertThat(SepaText.identifier("InstrId", SepaIds.instructionId(batch))).hasSize(32);
    }
}
