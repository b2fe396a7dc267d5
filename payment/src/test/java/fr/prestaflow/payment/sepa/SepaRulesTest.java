package fr.prestaflow.payment.sepa;

import static fr.prestaflow.payment.sepa.SepaFixtures.MEMBER_IBAN;
import static fr.prestaflow.payment.sepa.SepaFixtures.VALIDATOR;
import static fr.prestaflow.payment.sepa.SepaFixtures.batch;
import static fr.prestaflow.payment.sepa.SepaFixtures.bytes;
import static fr.prestaflow.payment.sepa.SepaFixtures.text;
import static fr.prestaflow.payment.sepa.SepaFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SepaRulesTest {

    @Test
    void an_amount_in_another_currency_than_euro_is_refused() {
        assertThatThrownBy(() -> SepaAmounts.fromXml(new BigDecimal("10.00"), "USD"))
                .isInstanceOf(SepaRuleViolation.class)
                .hasMessageContaining("EUR only").hasMessageContaining("USD");
    }

    @Test
    void a_pain001_valid_for_the_schema_but_in_another_currency_is_refused_when_read() {
        String inDollars = text(new Pain001Writer(VALIDATOR).write(batch(transfer("E2E-1", 4250))))
                .replace("Ccy=\"EUR\"", "Ccy=\"USD\"");
        assertThat(VALIDATOR.problems(SepaSchema.PAIN_001_001_09, bytes(inDollars))).isEmpty();

        assertThatThrownBy(() -> new Pain001Reader(VALIDATOR).read(bytes(inDollars)))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("USD");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -4250, 100_000_000_000L})
    void an_amount_outside_one_cent_to_999999999_99_euros_is_refused(long cents) {
        assertThatThrownBy(() -> transfer("E2E-1", cents))
                .isInstanceOf(SepaRuleViolation.class)
                .hasMessageContaining("0.01 to 999999999.99 EUR");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 99_999_999_999L})
    void the_smallest_and_largest_sepa_amounts_are_accepted(long cents) {
        assertThat(transfer("E2E-1", cents).amount()).isEqualTo(Money.ofCents(cents));
    }

    @Test
    void an_xml_amount_with_more_than_two_decimals_is_refused() {
        assertThatThrownBy(() -> SepaAmounts.fromXml(new BigDecimal("10.001"), "EUR"))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("two decimals");
    }

    @Test
    void an_xml_amount_becomes_exact_cents() {
        assertThat(SepaAmounts.fromXml(new BigDecimal("18.4"), "EUR")).isEqualTo(Money.ofCents(1_840));
    }

    @Test
    void an_end_to_end_id_longer_than_35_characters_is_refused() {
        String thirtySix = "A".repeat(36);

        assertThatThrownBy(() -> transfer(thirtySix, 100))
                .isInstanceOf(SepaRuleViolation.class)
                .hasMessageContaining("EndToEndId").hasMessageContaining("35");
    }

    @Test
    void an_end_to_end_id_of_exactly_35_characters_is_accepted() {
        String thirtyFive = "A".repeat(35);

        assertThat(new CreditTransfer(thirtyFive, "I-1", Money.ofCents(100), "Jean", MEMBER_IBAN, "Remboursement")
                .endToEndId()).isEqualTo(thirtyFive);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/E2E-1", "E2E-1/", "E2E//1", "E2E 1", "E2É-1", "E2E_1", ""})
    void an_identifier_outside_the_sepa_rules_is_refused_rather_than_changed(String endToEndId) {
        assertThatThrownBy(() -> transfer(endToEndId, 100)).isInstanceOf(SepaRuleViolation.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hélène Lefèvre-Cœur|Helene Lefevre-Coeur",
            "François Ñúñez Çağlar|Francois Nunez Caglar",
            "Jürgen Groß & Søn|Jurgen Gross + Son",
            "L’Haÿ-les-Roses — Île-de-France|L'Hay-les-Roses - Ile-de-France",
            "Dupont <3 @home #1 !|Dupont 3 home 1",
            "Émile   Zola\tfils|Emile Zola fils"})
    void names_are_transliterated_into_the_sepa_character_set(String given, String written) {
        CreditTransfer transfer = new CreditTransfer("E2E-1", "I-1", Money.ofCents(100), given, MEMBER_IBAN,
                "Remboursement");

        assertThat(transfer.creditorName()).isEqualTo(written);
    }

    @Test
    void a_name_with_nothing_left_in_the_sepa_character_set_is_refused() {
        assertThatThrownBy(() -> new CreditTransfer("E2E-1", "I-1", Money.ofCents(100), "Иван 王", MEMBER_IBAN,
                "Remboursement"))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("Creditor name");
    }

    @Test
    void a_name_longer_than_70_characters_is_cut_to_70() {
        String longName = "Association des anciens eleves du lycee Jean Moulin de Saint-Etienne et environs";

        CreditTransfer transfer = new CreditTransfer("E2E-1", "I-1", Money.ofCents(100), longName, MEMBER_IBAN,
                "Remboursement");

        assertThat(transfer.creditorName()).hasSizeLessThanOrEqualTo(70).isEqualTo(longName.substring(0, 70).strip());
    }

    @Test
    void a_remittance_longer_than_140_characters_is_refused_so_that_the_claim_reference_is_never_cut() {
        String remittance = "Remboursement complementaire sante " + "C".repeat(106);

        assertThatThrownBy(() -> new CreditTransfer("E2E-1", "I-1", Money.ofCents(100), "Jean", MEMBER_IBAN, remittance))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("140");
    }

    @Test
    void a_remittance_of_140_characters_is_accepted() {
        String remittance = "Remboursement complementaire sante " + "C".repeat(105);

        assertThat(new CreditTransfer("E2E-1", "I-1", Money.ofCents(100), "Jean", MEMBER_IBAN, remittance).remittance())
                .hasSize(140);
    }

    @Test
    void a_batch_with_the_same_end_to_end_id_twice_is_refused() {
        assertThatThrownBy(() -> batch(transfer("E2E-1", 100), transfer("E2E-1", 200)))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("EndToEndId appears twice");
    }

    @Test
    void an_empty_batch_is_refused() {
        assertThatThrownBy(() -> new CreditTransferBatch("MSG-1", "PMT-1", SepaFixtures.CREATED_AT,
                SepaFixtures.EXECUTION_DATE, SepaFixtures.MUTUELLE, List.of()))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("at least one");
    }

    @Test
    void a_message_id_longer_than_35_characters_is_refused() {
        assertThatThrownBy(() -> new CreditTransferBatch("M".repeat(36), "PMT-1", SepaFixtures.CREATED_AT,
                SepaFixtures.EXECUTION_DATE, SepaFixtures.MUTUELLE, List.of(transfer("E2E-1", 100))))
                .isInstanceOf(SepaRuleViolation.class).hasMessageContaining("MsgId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRP", "BNPAFRPPXX", "BNPA1RPP", "BNPAFRPPXXXX"})
    void a_malformed_bic_is_refused(String bic) {
        assertThatThrownBy(() -> new Bic(bic)).isInstanceOf(SepaRuleViolation.class);
    }

    @Test
    void a_bic_is_kept_in_capitals_without_spaces() {
        assertThat(new Bic("bnpa fr pp")).isEqualTo(new Bic("BNPAFRPP"));
    }
}
