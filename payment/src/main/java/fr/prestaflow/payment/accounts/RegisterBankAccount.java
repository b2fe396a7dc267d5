package fr.prestaflow.payment.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT} body. The IBAN is checked by {@code Iban} (code INVALID_IBAN with the reason), not by annotations. */
record RegisterBankAccount(String iban, String bic, @NotBlank @Size(max = 140) String holderName) {
}
