package fr.prestaflow.payment.sepa;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** The EPC "Latin character set" every SEPA text and identifier must fit in. */
final class SepaText {

    static final int MAX_ID = 35;
    static final int MAX_NAME = 70;
    static final int MAX_REMITTANCE = 140;

    private static final String ALLOWED_PUNCTUATION = "/-?:().,'+ ";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9/\\-?:().,'+]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    // Letters that do not decompose into a base letter plus accents under NFD, and typographic signs with a
    // close equivalent in the SEPA set.
    private static final Map<Integer, String> SUBSTITUTES = Map.ofEntries(
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'ð', "d"),
            Map.entry((int) 'Ð', "D"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"), Map.entry((int) 'ı', "i"),
            Map.entry((int) '’', "'"), Map.entry((int) '‘', "'"), Map.entry((int) 'ʼ', "'"), Map.entry((int) '`', "'"),
            Map.entry((int) '´', "'"), Map.entry((int) '"', "'"), Map.entry((int) '«', "'"), Map.entry((int) '»', "'"),
            Map.entry((int) '“', "'"), Map.entry((int) '”', "'"), Map.entry((int) '&', "+"), Map.entry((int) '_', "-"),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"),
            Map.entry((int) '€', "EUR"));

    private SepaText() {
    }

    /** Transliterates accents (é to e, œ to oe), drops what has no SEPA equivalent, collapses white space. */
    static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> appendLatin(out, codePoint));
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    private static void appendLatin(StringBuilder out, int codePoint) {
        if (codePoint != ' ' && isAllowed(codePoint)) {
            out.append((char) codePoint); // most names and references: no lookup, no normalisation
            return;
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            out.append(' ');
            return;
        }
        String substitute = SUBSTITUTES.get(codePoint);
        if (substitute != null) {
            out.append(substitute);
            return;
        }
        Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD).chars()
                .filter(SepaText::isAllowed)
                .forEach(c -> out.append((char) c));
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
    }

    /** A party name: cleaned, and cut to the 70 characters the EPC guidelines allow, since a name is only informative. */
    static String name(String field, String raw) {
        String name = nonEmptyLatin(field, raw);
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME).strip();
    }

    /** Free text that carries a reference (remittance): never cut, because the reference would be lost. */
    static String freeText(String field, String raw, int maxLength) {
        String text = nonEmptyLatin(field, raw);
        if (text.length() > maxLength) {
            throw new SepaRuleViolation("%s is %d characters long once in the SEPA character set; at most %d are allowed: %s"
                    .formatted(field, text.length(), maxLength, text));
        }
        return text;
    }

    private static String nonEmptyLatin(String field, String raw) {
        Objects.requireNonNull(raw, field);
        String text = latin(raw);
        if (text.isEmpty()) {
            throw new SepaRuleViolation(field + " has no character left in the SEPA character set: '" + raw + "'");
        }
        return text;
    }

    /**
     * An identifier (MsgId, PmtInfId, InstrId, EndToEndId) is never transliterated, since the bank echoes it back in
     * pain.002 and it must match exactly.
     */
    static String identifier(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > MAX_ID) {
            throw new SepaRuleViolation("%s must be 1 to %d characters long, got %d: '%s'"
                    .formatted(field, MAX_ID, value.length(), value));
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new SepaRuleViolation(field + " may only use letters, digits and / - ? : ( ) . , ' + : '" + value + "'");
        }
        if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            throw new SepaRuleViolation(field + " must not start or end with '/' nor contain '//': '" + value + "'");
        }
        return value;
    }
}
