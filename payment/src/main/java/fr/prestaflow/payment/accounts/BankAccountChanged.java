package fr.prestaflow.payment.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * A member registered or replaced their bank account; notification confirms it to them. Topic
 * {@code Topics.PAYMENT_BANK_ACCOUNTS}, key = contract number, {@code ce_type} {@link #TYPE}. The IBAN is masked.
 */
public record BankAccountChanged(String contractNumber, String maskedIban, Instant occurredAt) {

    public static final String TYPE = "fr.prestaflow.BankAccountChanged.v1";

    public BankAccountChanged {
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(maskedIban, "maskedIban");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
