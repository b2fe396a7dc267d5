package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.identity.Iban;
import java.util.Objects;
import java.util.Optional;

/** The mutuelle's own account the batch is paid from; also written as the initiating party. */
public record Debtor(String name, Iban iban, Optional<Bic> bic) {

    public Debtor {
        name = SepaText.name("Debtor name", name);
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
    }

    public Debtor(String name, Iban iban) {
        this(name, iban, Optional.empty());
    }

    public Debtor(String name, Iban iban, Bic bic) {
        this(name, iban, Optional.of(bic));
    }
}
