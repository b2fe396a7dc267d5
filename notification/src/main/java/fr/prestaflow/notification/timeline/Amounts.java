package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.money.Money;

/** Who bears what: billed = amo + mutuelle + patientShare once adjudicated; before that only billed is known. */
public record Amounts(Money billed, Money amo, Money mutuelle, Money patientShare) {
}
