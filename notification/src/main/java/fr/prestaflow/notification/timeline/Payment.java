package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.money.Money;
import java.time.LocalDate;

/** The transfer the bank accepted, IBAN masked as payment sent it. */
public record Payment(Money amount, LocalDate paidOn, String maskedIban) {
}
