package fr.prestaflow.contracts.identity;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;

/** An IBAN checked by country length and the ISO 13616 mod-97 rule. Stored in electronic form (no spaces, upper case). */
public record Iban(String value) {

    private static final Map<String, Integer> SEPA_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("VA", 22));

    public Iban {
        Objects.requireNonNull(value, "value");
        value = value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        Problem problem = check(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem.message);
        }
    }

    public enum Problem {
        FORMAT("An IBAN starts with a country code and two check digits, then letters and digits"),
        COUNTRY("This country is not in the SEPA zone"),
        LENGTH("Wrong length for this country"),
        CHECKSUM("The IBAN check digits are wrong");

        public final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    /** What is wrong with the given IBAN, or null when it is valid. */
    public static Problem check(String candidate) {
        String iban = candidate == null ? "" : candidate.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")) {
            return Problem.FORMAT;
        }
        Integer length = SEPA_LENGTHS.get(iban.substring(0, 2));
        if (length == null) {
            return Problem.COUNTRY;
        }
        if (iban.length() != length) {
            return Problem.LENGTH;
        }
        return mod97(iban) == 1 ? null : Problem.CHECKSUM;
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** The only form shown outside the bank file: {@code FR76 •••• 1234}. */
    public String masked() {
        return value.substring(0, 4) + " •••• " + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
