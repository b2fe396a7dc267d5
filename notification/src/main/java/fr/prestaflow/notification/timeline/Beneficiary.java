package fr.prestaflow.notification.timeline;

import java.time.LocalDate;

/** The person the care was for: the NIR is always masked outside the database. */
public record Beneficiary(String maskedNir, Integer rank, LocalDate birthDate) {

    static String mask(String nir) {
        if (nir == null || nir.length() != 15) {
            return nir == null ? null : "•••";
        }
        return nir.charAt(0) + " " + nir.substring(1, 3) + " •••••••• " + nir.substring(13);
    }
}
