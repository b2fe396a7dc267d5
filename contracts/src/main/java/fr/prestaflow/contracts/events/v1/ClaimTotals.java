package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.money.Money;

/** Sums over every line of a claim, rejected lines included: amoPaid + complementaryPaid + patientShare = billed. */
public record ClaimTotals(Money billed, Money amoPaid, Money complementaryPaid, Money patientShare) {
}
