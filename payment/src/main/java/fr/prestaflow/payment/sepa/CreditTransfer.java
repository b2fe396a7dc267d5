package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.contracts.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment to one creditor (member or practitioner). Names and remittance are stored already transliterated to
 * the SEPA character set, so what the record holds is exactly what the file carries.
 *
 * @param endToEndId travels unchanged to the creditor and back in pain.002; see {@link SepaIds#endToEndId}
 * @param instrId    our payment order, echoed back by the debtor bank only
 */
public record CreditTransfer(String endToEndId, String instrId, Money amount, String creditorName, Iban creditorIban,
                             Optional<Bic> creditorBic, String remittance) {

    public CreditTransfer {
        endToEndId = SepaText.identifier("EndToEndId", endToEndId);
        instrId = SepaText.identifier("InstrId", instrId);
        SepaAmounts.requireTransferable(amount);
        creditorName = SepaText.name("Creditor name", creditorName);
        Objects.requireNonNull(creditorIban, "creditorIban");
        Objects.requireNonNull(creditorBic, "creditorBic");
        remittance = SepaText.freeText("Remittance information", remittance, SepaText.MAX_REMITTANCE);
    }

    /** Without a BIC: within SEPA the IBAN is enough (IBAN-only rule). */
    public CreditTransfer(String endToEndId, String instrId, Money amount, String creditorName, Iban creditorIban,
                          String remittance) {
        this(endToEndId, instrId, amount, creditorName, creditorIban, Optional.empty(), remittance);
    }

    public CreditTransfer(String endToEndId, String instrId, Money amount, String creditorName, Iban creditorIban,
                          Bic creditorBic, String remittance) {
        this(endToEndId, instrId, amount, creditorName, creditorIban, Optional.of(creditorBic), remittance);
    }
}
