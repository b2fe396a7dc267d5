package fr.prestaflow.teletransmission.nlf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The value grammars of NLF.md §1 and the regexes of §3, written by hand: they run millions of times per file and
 * every one of them is a character class with a length range.
 */
final class Syntax {

    /** Returned by the number parsers for a value that breaks the grammar. */
    static final long INVALID = Long.MIN_VALUE;

    static final TextSyntax SENDER_CODE = (s, from, to) -> digits(s, from, to, 9);
    static final TextSyntax RECEIVER_CODE = (s, from, to) -> digits(s, from, to, 8);
    static final TextSyntax FILE_ID = Syntax::isFileId;
    static final TextSyntax DECOMPTE_ID = Syntax::isDecompteId;
    static final TextSyntax CONTRACT_NUMBER = Syntax::isContractNumber;
    static final TextSyntax NIR = Syntax::isNir;
    static final TextSyntax NIR_KEY = (s, from, to) -> digits(s, from, to, 2);
    static final TextSyntax CARE_CATEGORY = Syntax::isCareCategory;
    static final TextSyntax ACT_CODE = Syntax::isActCode;
    static final TextSyntax PRACTITIONER_ID = (s, from, to) -> digits(s, from, to, 9) || digits(s, from, to, 11);

    private Syntax() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isUpperOrDigit(char c) {
        return isUpper(c) || isDigit(c);
    }

    private static boolean isAlphanumeric(char c) {
        return isUpperOrDigit(c) || c >= 'a' && c <= 'z';
    }

    static boolean digits(String s, int from, int to, int length) {
        if (to - from != length) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
    private static boolean isFileId(String s, int from, int to) {
        if (to - from < 1 || to - from > 64 || !isAlphanumeric(s.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z0-9][A-Z0-9-]{0,19}}. */
    private static boolean isDecompteId(String s, int from, int to) {
        if (to - from < 1 || to - from > 20 || !isUpperOrDigit(s.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!isUpperOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code CT-[0-9]{6}}. */
    private static boolean isContractNumber(String s, int from, int to) {
        return to - from == 9 && s.startsWith("CT-", from) && digits(s, from + 3, to, 6);
    }

    /** {@code [1278][0-9]{4}(2A|2B|[0-9]{2})[0-9]{6}}. */
    private static boolean isNir(String s, int from, int to) {
        if (to - from != 13 || "1278".indexOf(s.charAt(from)) < 0 || !digits(s, from + 1, from + 5, 4)
                || !digits(s, from + 7, to, 6)) {
            return false;
        }
        char d1 = s.charAt(from + 5);
        char d2 = s.charAt(from + 6);
        return d1 == '2' && (d2 == 'A' || d2 == 'B') || isDigit(d1) && isDigit(d2);
    }

    /** {@code [A-Z][A-Z0-9_]{0,39}}. */
    private static boolean isCareCategory(String s, int from, int to) {
        if (to - from < 1 || to - from > 40 || !isUpper(s.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!isUpperOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z0-9]{1,13}}. */
    private static boolean isActCode(String s, int from, int to) {
        if (to - from < 1 || to - from > 13) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isUpperOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code uint}: {@code 0} or {@code [1-9][0-9]{0,8}}; {@link #INVALID} otherwise. */
    static long uint(String s, int from, int to) {
        return unsigned(s, from, to, 9);
    }

    /** {@code amount}: {@code 0} or {@code -?[1-9][0-9]{0,11}}; {@link #INVALID} otherwise. */
    static long amount(String s, int from, int to) {
        return signed(s, from, to, 12);
    }

    /** {@code total}: {@code 0} or {@code -?[1-9][0-9]{0,17}}; {@link #INVALID} otherwise. */
    static long total(String s, int from, int to) {
        return signed(s, from, to, 18);
    }

    private static long signed(String s, int from, int to, int maxDigits) {
        if (to > from && s.charAt(from) == '-') {
            long magnitude = unsigned(s, from + 1, to, maxDigits);
            return magnitude > 0 ? -magnitude : INVALID; // "-0" is invalid
        }
        return unsigned(s, from, to, maxDigits);
    }

    private static long unsigned(String s, int from, int to, int maxDigits) {
        int length = to - from;
        if (length < 1 || length > maxDigits) {
            return INVALID;
        }
        char first = s.charAt(from);
        if (!isDigit(first) || first == '0' && length > 1) {
            return INVALID;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return INVALID;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@code YYYY-MM-DD}, a real calendar day of a year in 1900..2099. */
    static Optional<LocalDate> date(String s, int from, int to) {
        if (to - from != 10) {
            return Optional.empty();
        }
        return dateAt(s, from);
    }

    private static Optional<LocalDate> dateAt(String s, int at) {
        if (s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
            return Optional.empty();
        }
        int year = number(s, at, 4);
        int month = number(s, at + 5, 2);
        int day = number(s, at + 8, 2);
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1
                || day > java.time.Month.of(month).length(Year.isLeap(year))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * {@code YYYY-MM-DDThh:mm:ss} then {@code Z} or {@code ±hh:mm}: real date, hh ≤ 23, mm ≤ 59, ss ≤ 59, offset hours
     * ≤ 14, offset minutes ≤ 59. The offset keeps the local date and time as written.
     */
    static Optional<OffsetDateTime> timestamp(String s, int from, int to) {
        int length = to - from;
        if (length != 20 && length != 25 || s.charAt(from + 10) != 'T' || s.charAt(from + 13) != ':'
                || s.charAt(from + 16) != ':') {
            return Optional.empty();
        }
        Optional<LocalDate> date = dateAt(s, from);
        int hour = number(s, from + 11, 2);
        int minute = number(s, from + 14, 2);
        int second = number(s, from + 17, 2);
        if (date.isEmpty() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Optional.empty();
        }
        return offset(s, from + 19, length == 20)
                .map(offset -> OffsetDateTime.of(date.get(), LocalTime.of(hour, minute, second), offset));
    }

    private static Optional<ZoneOffset> offset(String s, int at, boolean zulu) {
        if (zulu) {
            return s.charAt(at) == 'Z' ? Optional.of(ZoneOffset.UTC) : Optional.empty();
        }
        char sign = s.charAt(at);
        int hours = number(s, at + 1, 2);
        int minutes = number(s, at + 4, 2);
        if (sign != '+' && sign != '-' || s.charAt(at + 3) != ':' || hours < 0 || hours > 14 || minutes < 0
                || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                : ZoneOffset.ofHoursMinutes(-hours, -minutes));
    }

    /** The value of {@code digits} ASCII digits at {@code at}, or -1. */
    private static int number(String s, int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
