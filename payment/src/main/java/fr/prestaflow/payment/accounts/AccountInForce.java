package fr.prestaflow.payment.accounts;

import java.util.UUID;

/** The account a new payment order is paid to: the payee's latest version, as long as the bank did not reject it. */
public record AccountInForce(UUID id, String maskedIban) {
}
