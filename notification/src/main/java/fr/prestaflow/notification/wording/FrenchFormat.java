package fr.prestaflow.notification.wording;

import fr.prestaflow.contracts.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Amounts, dates and references as a French member reads them: {@code 1 234,56 €}, {@code 12 juin 2025}.
 * Plain spaces, not the JDK's narrow no-break space, so the text is the same in e-mails, SMS and PDF fonts.
 */
public final class FrenchFormat {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private FrenchFormat() {
    }

    public static String amount(Money money) {
        return amount(money.cents());
    }

    public static String amount(long cents) {
        long absolute = Math.abs(cents);
        String euros = Long.toString(absolute / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(euros.charAt(i));
        }
        long rest = absolute % 100;
        return (cents < 0 ? "-" : "") + grouped + "," + (rest < 10 ? "0" : "") + rest + " €";
    }

    public static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** The short reference a member quotes to the mutuelle: {@code PF-3F2A9C1B}, the start of the claim id. */
    public static String reference(UUID claimId) {
        return "PF-" + claimId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
