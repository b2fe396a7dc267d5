package fr.prestaflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.contracts.identity.Nir;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.contracts.money.Percent;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValueTypesTest {

    @Test
    void percentages_round_half_up_to_the_cent() {
        assertThat(Percent.of(1613, 150)).isEqualTo(2420);
        assertThat(Percent.of(2430, 60)).isEqualTo(1458);
        assertThat(Percent.of(5, 60)).isEqualTo(3);
        assertThat(Percent.of(1, 50)).isEqualTo(1);
        assertThat(Percent.of(1, 49)).isZero();
    }

    @Test
    void money_parses_euros_exactly_and_refuses_fractions_of_a_cent() {
        assertThat(Money.ofEuros("42.50")).isEqualTo(Money.ofCents(4250));
        assertThat(Money.ofCents(1840).toEuros().toPlainString()).isEqualTo("18.40");
        assertThatThrownBy(() -> Money.ofEuros("0.125")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void money_arithmetic_fails_instead_of_overflowing() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void nir_key_is_97_minus_the_number_mod_97_with_corsica_read_as_19_and_18() {
        assertThat(Nir.keyOf("1851175056123")).isEqualTo("87");
        assertThat(Nir.keyOf("278032A004112")).isEqualTo("37");
        assertThat(Nir.keyOf("182122B033007")).isEqualTo("73");
        assertThat(new Nir("278032A004112" + "37").masked()).isEqualTo("2 78 •••••••• 37");
    }

    @Test
    void a_nir_with_a_wrong_key_is_refused() {
        assertThatThrownBy(() -> new Nir("185117505612388")).hasMessageContaining("key");
    }

    @Test
    void iban_is_checked_by_mod_97_and_country_length() {
        assertThat(Iban.check("FR76 3000 6000 0112 3456 7890 189")).isNull();
        assertThat(Iban.check("FR76 3000 6000 0112 3456 7890 188")).isEqualTo(Iban.Problem.CHECKSUM);
        assertThat(Iban.check("FR76 3000 6000 0112 3456 7890")).isEqualTo(Iban.Problem.LENGTH);
        assertThat(Iban.check("US12 3456")).isEqualTo(Iban.Problem.COUNTRY);
        assertThat(Iban.check("hello")).isEqualTo(Iban.Problem.FORMAT);
        assertThat(new Iban("FR7630006000011234567890189").masked()).isEqualTo("FR76 •••• 0189");
    }
}
