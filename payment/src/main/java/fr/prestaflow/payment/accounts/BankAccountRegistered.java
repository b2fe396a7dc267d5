package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.events.v1.Payee;
import java.util.UUID;

/**
 * In-process notice, published inside the registering transaction: orders waiting for this payee's account take it
 * and become READY in the same commit.
 */
public record BankAccountRegistered(Payee payee, UUID accountId) {
}
