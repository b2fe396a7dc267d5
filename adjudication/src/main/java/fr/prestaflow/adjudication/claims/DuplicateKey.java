package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.care.CareLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What tells the same care line of a beneficiary received twice (teletransmission and upload, or a reversal and the
 * line it reverses): care date, category, act, practitioner, amounts, quantity, and the side as given, since the left
 * and right lens of one pair at the same price are two lines. Lines are only ever compared within one beneficiary
 * (by beneficiary id), so the key holds nothing about the person: no NIR, not even hashed, which a copy of the database
 * could otherwise recover by trying the NIRs of the beneficiary's birth date. Migration V5 computes the same key in SQL.
 */
final class DuplicateKey {

    private static final MessageDigest SHA_256 = sha256();

    private DuplicateKey() {
    }

    static String of(CareLine line) {
        String key = String.join("|", line.careDate().toString(), line.careCategory().name(), line.actCode(),
                Objects.toString(line.practitionerId(), ""), Long.toString(line.billedCents()),
                Long.toString(line.baseCents()), Integer.toString(line.quantity()), Objects.toString(line.side(), ""));
        return HexFormat.of().formatHex(digest().digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    // a copy of a ready digest: looking the algorithm up for every line was a third of the key's cost
    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
