package fr.prestaflow.payment.sepa;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A bank identifier code (ISO 9362), 8 or 11 characters, as the pain.001 {@code BICFI} element accepts it. */
public record Bic(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        Objects.requireNonNull(value, "value");
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new SepaRuleViolation("Not a BIC (4 letters or digits, 2-letter country, 2 characters, optional 3): " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
