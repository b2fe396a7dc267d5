package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.intake.analysis.FrenchText.Amount;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrenchTextTest {

    @ParameterizedTest(name = "{0} -> {1} cents")
    @CsvSource(delimiter = ';', value = {
            "Total : 1 234,56 €;123456",
            "Montant payé : 42,50 EUR;4250",
            "Honoraires 42.50;4250",
            "Total 1.234,56 €;123456",
            "Total € 42,50;4250",
            "Honoraires : 42,5 €;4250",
            "Base SS 0,05 €;5",
            "Total : 12 000,00 euros;1200000",
            "Total : 60 €;6000",
            "Couronne dent 36 500,00 €;50000",
            "Couronne HBLD634 650,00 €;65000",
            "Verres Qté 2 150,00 €;15000",
            "Participation forfaitaire -2,00;200"})
    void reads_french_amounts_exactly_in_cents(String line, long cents) {
        assertThat(FrenchText.amounts(FrenchText.fold(line))).extracting(Amount::cents).containsExactly(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tél. 04 78 12 34 56", "Tél. 04.78.12.34.56", "N° RPPS : 10101234567",
            "12 rue des Lilas, 69003 Lyon", "Date des soins : 12/06/2025", "Taux 70 %", "Séance 2", "Réf 12,345"})
    void does_not_take_identifiers_dates_rates_or_counts_for_amounts(String line) {
        assertThat(FrenchText.amounts(FrenchText.fold(line))).isEmpty();
    }

    @Test
    void keeps_the_amount_printed_after_a_practitioner_number() {
        assertThat(FrenchText.amounts(FrenchText.fold("RPPS 10101234567 65,00 €"))).extracting(Amount::cents)
                .containsExactly(6_500L);
    }

    @Test
    void reads_every_amount_of_a_table_row_in_order() {
        assertThat(FrenchText.amounts(FrenchText.fold("16/06/2025 Consultation G 30,00 30,00 70 % 19,00 -2,00")))
                .extracting(Amount::cents).containsExactly(3_000L, 3_000L, 1_900L, 200L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Date des soins : 12/06/2025;2025-06-12",
            "Séance du 12-06-2025;2025-06-12",
            "Le 12.06.2025;2025-06-12",
            "Soins du 12 juin 2025;2025-06-12",
            "Consultation du 1er juin 2025;2025-06-01",
            "Fait le 3 février 2025;2025-02-03",
            "Fait le 3 FEVRIER 2025;2025-02-03",
            "Délivré le 3 sept. 2025;2025-09-03",
            "Date : 12/06/25;2025-06-12"})
    void reads_french_dates(String line, LocalDate date) {
        assertThat(FrenchText.dates(FrenchText.fold(line))).containsExactly(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "Facture n° 2025-0612", "juin 2025", "12/13/2025"})
    void does_not_invent_dates(String line) {
        assertThat(FrenchText.dates(FrenchText.fold(line))).isEmpty();
    }

    @Test
    void folds_accents_and_case_as_ocr_loses_them() {
        assertThat(FrenchText.fold("Prothèse CÉRAMIQUE, œil droit")).isEqualTo("prothese ceramique, oeil droit");
    }
}
