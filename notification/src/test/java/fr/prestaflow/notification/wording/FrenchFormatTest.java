package fr.prestaflow.notification.wording;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrenchFormatTest {

    @Test
    void amounts_use_a_decimal_comma_grouped_thousands_and_the_euro_sign_after() {
        assertThat(FrenchFormat.amount(Money.ofCents(1840))).isEqualTo("18,40 €");
        assertThat(FrenchFormat.amount(Money.ofCents(5))).isEqualTo("0,05 €");
        assertThat(FrenchFormat.amount(Money.ofCents(123456789))).isEqualTo("1 234 567,89 €");
        assertThat(FrenchFormat.amount(Money.ofCents(-2400))).isEqualTo("-24,00 €");
    }

    @Test
    void dates_read_as_in_a_french_letter() {
        assertThat(FrenchFormat.date(LocalDate.parse("2026-03-01"))).isEqualTo("1 mars 2026");
        assertThat(FrenchFormat.shortDate(LocalDate.parse("2026-03-01"))).isEqualTo("01/03/2026");
    }

    @Test
    void the_claim_reference_is_the_start_of_its_id() {
        assertThat(FrenchFormat.reference(UUID.fromString("3f2a9c1b-0000-4000-8000-000000000000"))).isEqualTo("PF-3F2A9C1B");
    }
}
