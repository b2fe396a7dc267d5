package fr.prestaflow.contracts.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * French social security number (NIR): 13 characters (Corsica département {@code 2A}/{@code 2B} allowed) and a 2-digit key
 * equal to {@code 97 − (N mod 97)}, where N reads 2A as 19 and 2B as 18 (NLF.md §4).
 */
public record Nir(String value) {

    private static final Pattern BODY = Pattern.compile("[1278][0-9]{4}(2A|2B|[0-9]{2})[0-9]{6}");
    private static final Pattern KEY = Pattern.compile("[0-9]{2}");

    public Nir {
        Objects.requireNonNull(value, "value");
        if (value.length() != 15 || !BODY.matcher(value.substring(0, 13)).matches() || !KEY.matcher(value.substring(13)).matches()) {
            throw new IllegalArgumentException("A NIR is 13 characters and a 2-digit key");
        }
        String expected = keyOf(value.substring(0, 13));
        if (!expected.equals(value.substring(13))) {
            throw new IllegalArgumentException("NIR key mismatch");
        }
    }

    public static Nir of(String body, String key) {
        return new Nir(body + key);
    }

    public static boolean isValidBody(String body) {
        return body != null && BODY.matcher(body).matches();
    }

    /** The key of a 13-character NIR body, on two digits. */
    public static String keyOf(String body) {
        if (!isValidBody(body)) {
            throw new IllegalArgumentException("Invalid NIR body");
        }
        String digits = body.substring(0, 5) + switch (body.substring(5, 7)) {
            case "2A" -> "19";
            case "2B" -> "18";
            default -> body.substring(5, 7);
        } + body.substring(7);
        long key = 97 - Long.parseLong(digits) % 97;
        return key < 10 ? "0" + key : Long.toString(key);
    }

    public String body() {
        return value.substring(0, 13);
    }

    public String key() {
        return value.substring(13);
    }

    /** Shown in logs and to ops without the identifying part: {@code 1 85 •••••••• 87}. */
    public String masked() {
        return value.charAt(0) + " " + value.substring(1, 3) + " •••••••• " + key();
    }

    @Override
    public String toString() {
        return masked();
    }
}
