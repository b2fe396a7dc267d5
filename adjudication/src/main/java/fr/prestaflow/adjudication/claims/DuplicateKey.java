package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.care.CareLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What tells the same care line received twice (teletransmission and upload, or a reversal and the line it reverses):
 * {@link CareLine#matchingKey} plus the side as given, since the left and right lens of one pair at the same price are
 * two lines. Stored as a SHA-256, so the NIR it contains is not copied in clear into every line row.
 */
final class DuplicateKey {

    private DuplicateKey() {
    }

    static String of(CareLine line, String beneficiaryNir) {
        String key = line.matchingKey(beneficiaryNir) + "|" + Objects.toString(line.side(), "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
