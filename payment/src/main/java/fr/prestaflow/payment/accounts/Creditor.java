package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.payment.sepa.Bic;
import java.util.Optional;

/** What a pain.001 transfer needs of the account: the only place where the IBAN is opened. */
public record Creditor(String holderName, Iban iban, Optional<Bic> bic) {

    public String maskedIban() {
        return iban.masked();
    }
}
