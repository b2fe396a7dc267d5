package fr.prestaflow.payment.sepa;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifiers that fit the 35 SEPA characters and can be traced back to our own ids. */
public final class SepaIds {

    private static final Pattern END_TO_END = Pattern.compile("([0-9a-f]{32})-([0-9]{2})");

    private SepaIds() {
    }

    /** {@code PF} and the batch id without dashes: 34 characters. */
    public static String messageId(UUID batchId) {
        return "PF" + compact(batchId);
    }

    /** {@code PI} and the batch id without dashes, distinct from the MsgId of the same batch. */
    public static String paymentInformationId(UUID batchId) {
        return "PI" + compact(batchId);
    }

    /** The payment order id without dashes: 32 characters. */
    public static String instructionId(UUID paymentOrderId) {
        return compact(paymentOrderId);
    }

    /**
     * The claim id without dashes and a two-digit attempt number: 35 characters. The attempt keeps the id unique when
     * a claim is paid again after a rejection (new IBAN), while the bank statement of the member still shows the
     * claim.
     */
    public static String endToEndId(UUID claimId, int attempt) {
        if (attempt < 1 || attempt > 99) {
            throw new IllegalArgumentException("Payment attempt must be from 1 to 99, got " + attempt);
        }
        return compact(claimId) + "-%02d".formatted(attempt);
    }

    /** The claim an EndToEndId made by {@link #endToEndId} belongs to; empty for any other id. */
    public static Optional<UUID> claimIdOf(String endToEndId) {
        Matcher matcher = END_TO_END.matcher(endToEndId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String hex = matcher.group(1);
        return Optional.of(UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")));
    }

    private static String compact(UUID id) {
        return id.toString().replace("-", "");
    }
}
