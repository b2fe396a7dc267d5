package fr.prestaflow.identity.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TotpTest {

    /** The SHA-1 seed of RFC 6238 appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 287082",           // RFC 6238 appendix B: 94287082, last 6 digits
            "1111111109, 081804",   // 07081804
            "1111111111, 050471",   // 14050471
            "1234567890, 005924",   // 89005924
            "2000000000, 279037",   // 69279037
            "20000000000, 353130"}) // 65353130
    void computes_the_codes_of_the_rfc_6238_test_vectors(long epochSeconds, String code) {
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(epochSeconds))).isEqualTo(code);
    }

    @Test
    void accepts_the_code_of_the_previous_and_the_next_step() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1), now)).hasValue(step + 1);
    }

    @Test
    void refuses_a_code_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void refuses_what_is_not_six_digits() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.matchingStep(RFC_SEED, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "2870820", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
    }

    @Test
    void base32_follows_rfc_4648_without_padding() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(Base32.decode(Base32.encode(RFC_SEED))).isEqualTo(RFC_SEED);
    }

    @Test
    void base32_refuses_foreign_characters() {
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }
}
