package fr.prestaflow.payment.sepa;

/**
 * A value breaks an EPC SEPA Credit Transfer rule (currency, amount range, character set, length).
 * An {@link IllegalArgumentException} so that callers already handling a bad {@code Iban} handle this too.
 */
public class SepaRuleViolation extends IllegalArgumentException {

    public SepaRuleViolation(String message) {
        super(message);
    }
}
