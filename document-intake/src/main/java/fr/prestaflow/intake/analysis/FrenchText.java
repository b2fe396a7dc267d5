package fr.prestaflow.intake.analysis;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading French invoice text: lines, dates and euro amounts. Matching runs on a folded copy of each line (lower case,
 * no accents) because OCR drops accents as often as it keeps them.
 */
final class FrenchText {

    record Line(int index, String original, String folded) {

        String evidence() {
            return original.length() <= 160 ? original : original.substring(0, 157) + "...";
        }
    }

    /** An amount in cents, always positive; {@code negative} keeps the sign printed (décomptes print "-2,00"). */
    record Amount(long cents, boolean currency, boolean decimals, boolean negative) {
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2),
            Map.entry("fev", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10), Map.entry("oct", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12), Map.entry("dec", 12));
    private static final Pattern TEXT_DATE = Pattern.compile(
            "(?<![\\d])(1er|\\d{1,2})\\s+(janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout"
                    + "|septembre|sept|octobre|oct|novembre|nov|decembre|dec)\\.?\\s+(\\d{4})(?!\\d)");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d,.])(\\d{1,3})\\s?%");
    /**
     * Thousands grouped by space or dot ("1 234,56", "1.234,56"), decimals by comma or dot ("42,50", "42.50"), the
     * euro sign or EUR before or after.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,\\p{L}])(€\\s?)?(-\\s?)?(\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?(?![\\d]|[.,]\\d)"
                    + "(\\s?(?:€|eur(?:os?)?\\b))?");
    /** Identifiers and phone numbers ("Tél. 04 78 12 34 56") are digits, not amounts; the amount after them stays. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\b(rpps|adeli|finess|siret|siren|tel\\b|telephone|fax|iban|bic|nir\\b|n° ?ss\\b|immatriculation|n° ?am\\b"
                    + "|facture n°|n° ?(de )?facture|numero|ref(erence)?\\b|lpp|code postal|cp\\b)[^\\da-z€]{0,8}"
                    + "[\\d.\\-/]+(?:\\s\\d{2}\\b(?![.,]\\d)){0,4}");
    /** Tooth numbers ("dent 36") and quantities ("qte 2", "x2") would otherwise join the amount after them. */
    private static final Pattern TOOTH_OR_QUANTITY = Pattern.compile(
            "(dents?\\s*(n°\\s*)?\\d{1,2}(\\s*(,|et|-|/)\\s*\\d{1,2})*|(qte|quantite|qty)\\s*:?\\s*\\d+|\\bx\\s?\\d+\\b)");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{7,}");

    private FrenchText() {
    }

    static List<Line> lines(String text) {
        String normalised = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace('\t', ' ').replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-');
        List<Line> lines = new ArrayList<>();
        for (String raw : normalised.split("\\R")) {
            String line = raw.strip().replaceAll(" {2,}", "  ");
            if (!line.isEmpty()) {
                lines.add(new Line(lines.size(), line, fold(line)));
            }
        }
        return lines;
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static List<LocalDate> dates(String folded) {
        List<LocalDate> found = new ArrayList<>();
        Matcher numeric = NUMERIC_DATE.matcher(folded);
        while (numeric.find()) {
            int year = Integer.parseInt(numeric.group(4));
            date(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(3)),
                    Integer.parseInt(numeric.group(1)), found);
        }
        Matcher text = TEXT_DATE.matcher(folded);
        while (text.find()) {
            int day = text.group(1).equals("1er") ? 1 : Integer.parseInt(text.group(1));
            date(Integer.parseInt(text.group(3)), MONTHS.get(text.group(2)), day, found);
        }
        return found;
    }

    private static void date(int year, int month, int day, List<LocalDate> found) {
        try {
            found.add(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            // "31/02/2025" or a reference number shaped like a date: not a date
        }
    }

    static List<Integer> percents(String folded) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = PERCENT.matcher(withoutDates(folded));
        while (matcher.find()) {
            int value = Integer.parseInt(matcher.group(1));
            if (value <= 100) {
                found.add(value);
            }
        }
        return found;
    }

    /** Every amount-shaped number of the line, in order, once dates, percentages and identifiers are set aside. */
    static List<Amount> amounts(String folded) {
        String masked = mask(withoutDates(folded), IDENTIFIER);
        masked = mask(masked, TOOTH_OR_QUANTITY);
        masked = mask(masked, LONG_DIGITS);
        masked = mask(masked, PERCENT);
        List<Amount> found = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(masked);
        while (matcher.find()) {
            String integer = matcher.group(3).replace(" ", "").replace(".", "");
            String decimals = matcher.group(4);
            boolean currency = matcher.group(1) != null || matcher.group(5) != null;
            if (integer.length() > 9 || (decimals == null && !currency)) {
                continue; // a bare integer is a quantity, a tooth, a code: never an amount unless marked as euros
            }
            long cents = Math.addExact(Math.multiplyExact(Long.parseLong(integer), 100L), decimalCents(decimals));
            found.add(new Amount(cents, currency, decimals != null, matcher.group(2) != null));
        }
        return found;
    }

    /** "5" after the comma is 50 cents, "05" is 5: exact, no floating point. */
    private static long decimalCents(String decimals) {
        if (decimals == null) {
            return 0;
        }
        return decimals.length() == 1 ? Long.parseLong(decimals) * 10 : Long.parseLong(decimals);
    }

    static String withoutDates(String folded) {
        return mask(mask(folded, NUMERIC_DATE), TEXT_DATE);
    }

    /** Replaces the digits of every match by 'x', keeping positions. */
    private static String mask(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (Character.isDigit(result.charAt(i))) {
                    result.setCharAt(i, 'x');
                }
            }
        }
        return result.toString();
    }
}
