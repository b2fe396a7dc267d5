package fr.prestaflow.payment.sepa;

import static fr.prestaflow.payment.sepa.SepaFixtures.MEMBER_IBAN;
import static fr.prestaflow.payment.sepa.SepaFixtures.MUTUELLE_IBAN;
import static fr.prestaflow.payment.sepa.SepaFixtures.OTHER_MEMBER_IBAN;
import static fr.prestaflow.payment.sepa.SepaFixtures.VALIDATOR;
import static fr.prestaflow.payment.sepa.SepaFixtures.batch;
import static fr.prestaflow.payment.sepa.SepaFixtures.transfer;
import static fr.prestaflow.payment.sepa.SepaFixtures.value;
import static fr.prestaflow.payment.sepa.SepaFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pain001WriterTest {

    private final Pain001Writer writer = new Pain001Writer(VALIDATOR);

    @Test
    void a_single_payee_batch_validates_against_the_pain_001_schema() {
        CreditTransferBatch batch = batch(transfer("E2E-1", 4250));

        byte[] xml = writer.write(batch);

        assertThat(VALIDATOR.problems(SepaSchema.PAIN_001_001_09, xml)).isEmpty();
        assertThat(values(xml, "PmtInf/CdtTrfTxInf")).hasSize(1);
    }

    @Test
    void a_multi_payee_batch_validates_against_the_pain_001_schema() {
        CreditTransferBatch batch = batch(
                transfer("E2E-1", 4250),
                new CreditTransfer("E2E-2", "I-2", Money.ofCents(12_000), "Optique du Centre", OTHER_MEMBER_IBAN,
                        new Bic("COBADEFFXXX"), "Remboursement complementaire sante C-2"),
                new CreditTransfer("E2E-3", "I-3", Money.ofCents(99_999_999_999L), "Jean Martin", MEMBER_IBAN,
                        "Remboursement complementaire sante C-3"));

        byte[] xml = writer.write(batch);

        assertThat(VALIDATOR.problems(SepaSchema.PAIN_001_001_09, xml)).isEmpty();
        assertThat(values(xml, "PmtInf/CdtTrfTxInf/PmtId/EndToEndId")).containsExactly("E2E-1", "E2E-2", "E2E-3");
    }

    @Test
    void control_sum_and_number_of_transactions_are_exact_to_the_cent() {
        CreditTransferBatch batch = batch(transfer("E2E-1", 1), transfer("E2E-2", 99_999), transfer("E2E-3", 1_840));

        byte[] xml = writer.write(batch);

        assertThat(value(xml, "GrpHdr/NbOfTxs")).isEqualTo("3");
        assertThat(value(xml, "GrpHdr/CtrlSum")).isEqualTo("1018.40");
        assertThat(value(xml, "PmtInf/NbOfTxs")).isEqualTo("3");
        assertThat(value(xml, "PmtInf/CtrlSum")).isEqualTo("1018.40");
        assertThat(values(xml, "PmtInf/CdtTrfTxInf/Amt/InstdAmt")).containsExactly("0.01", "999.99", "18.40");
    }

    @Test
    void every_amount_is_in_euros() {
        byte[] xml = writer.write(batch(transfer("E2E-1", 4250), transfer("E2E-2", 100)));

        assertThat(SepaFixtures.text(xml)).contains("<InstdAmt Ccy=\"EUR\">42.50</InstdAmt>")
                .contains("<InstdAmt Ccy=\"EUR\">1.00</InstdAmt>");
    }

    @Test
    void the_payment_block_is_a_sepa_transfer_with_shared_charges_on_the_requested_date() {
        byte[] xml = writer.write(batch(transfer("E2E-1", 4250)));

        assertThat(value(xml, "PmtInf/PmtMtd")).isEqualTo("TRF");
        assertThat(value(xml, "PmtInf/PmtTpInf/SvcLvl/Cd")).isEqualTo("SEPA");
        assertThat(value(xml, "PmtInf/ChrgBr")).isEqualTo("SLEV");
        assertThat(value(xml, "PmtInf/ReqdExctnDt/Dt")).isEqualTo("2025-04-22");
        assertThat(value(xml, "GrpHdr/CreDtTm")).isEqualTo("2025-04-17T09:30:00Z");
        assertThat(value(xml, "GrpHdr/InitgPty/Nm")).isEqualTo("Mutuelle Prestaflow");
        assertThat(value(xml, "PmtInf/DbtrAcct/Id/IBAN")).isEqualTo(MUTUELLE_IBAN.value());
        assertThat(value(xml, "PmtInf/DbtrAgt/FinInstnId/BICFI")).isEqualTo("BNPAFRPPXXX");
    }

    @Test
    void a_debtor_bank_without_bic_is_written_as_not_provided() {
        Debtor withoutBic = new Debtor("Mutuelle Prestaflow", MUTUELLE_IBAN);

        byte[] xml = writer.write(batch(withoutBic, transfer("E2E-1", 4250)));

        assertThat(value(xml, "PmtInf/DbtrAgt/FinInstnId/Othr/Id")).isEqualTo("NOTPROVIDED");
        assertThat(values(xml, "PmtInf/DbtrAgt/FinInstnId/BICFI")).isEmpty();
    }

    @Test
    void the_creditor_agent_is_written_only_when_its_bic_is_known() {
        CreditTransfer withBic = new CreditTransfer("E2E-2", "I-2", Money.ofCents(100), "Jean Martin",
                OTHER_MEMBER_IBAN, new Bic("COBADEFFXXX"), "Remboursement C-2");

        byte[] xml = writer.write(batch(transfer("E2E-1", 4250), withBic));

        assertThat(values(xml, "PmtInf/CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI")).containsExactly("COBADEFFXXX");
    }

    @Test
    void each_transfer_carries_its_creditor_account_and_a_remittance_traceable_to_the_claim() {
        byte[] xml = writer.write(batch(transfer("E2E-1", 4250)));

        assertThat(value(xml, "PmtInf/CdtTrfTxInf/PmtId/InstrId")).isEqualTo("I-E2E-1");
        assertThat(value(xml, "PmtInf/CdtTrfTxInf/Cdtr/Nm")).isEqualTo("Jeanne Dupont");
        assertThat(value(xml, "PmtInf/CdtTrfTxInf/CdtrAcct/Id/IBAN")).isEqualTo(MEMBER_IBAN.value());
        assertThat(value(xml, "PmtInf/CdtTrfTxInf/RmtInf/Ustrd")).isEqualTo("Remboursement complementaire sante E2E-1");
    }

    @Test
    void accented_names_and_remittance_reach_the_file_in_the_sepa_character_set() {
        CreditTransfer accented = new CreditTransfer("E2E-1", "I-1", Money.ofCents(2_000), "Hélène Lefèvre-Cœur",
                MEMBER_IBAN, "Remboursement complémentaire santé n°C-42");

        byte[] xml = writer.write(batch(accented));

        assertThat(value(xml, "PmtInf/CdtTrfTxInf/Cdtr/Nm")).isEqualTo("Helene Lefevre-Coeur");
        assertThat(value(xml, "PmtInf/CdtTrfTxInf/RmtInf/Ustrd")).isEqualTo("Remboursement complementaire sante nC-42");
    }

    @Test
    void a_written_file_reads_back_as_the_same_batch() {
        CreditTransferBatch batch = batch(transfer("E2E-1", 1), new CreditTransfer("E2E-2", "I-2",
                Money.ofCents(1_840), "Jean Martin", OTHER_MEMBER_IBAN, new Bic("COBADEFF"), "Remboursement C-2"));

        byte[] xml = writer.write(batch);

        assertThat(new Pain001Reader(VALIDATOR).read(xml)).isEqualTo(batch);
        assertThat(new Pain001Reader(VALIDATOR).readWritten(xml)).as("as the simulated bank reads it").isEqualTo(batch);
    }

    @Test
    void a_file_the_schema_rejects_is_never_returned() {
        // The records accept a date in year 10000, but xs:date has no room for the "+10000" java.time writes.
        CreditTransferBatch farFuture = new CreditTransferBatch("MSG-1", "PMT-1", SepaFixtures.CREATED_AT,
                LocalDate.of(10_000, 1, 3), SepaFixtures.MUTUELLE, List.of(transfer("E2E-1", 100)));

        assertThatThrownBy(() -> writer.write(farFuture))
                .isInstanceOfSatisfying(InvalidSepaDocument.class, invalid -> assertThat(invalid.problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("+10000-01-03")));
    }
}
