package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** The EPC amount rules, and the only place where euros are converted between cents and decimal XML amounts. */
public final class SepaAmounts {

    public static final String EURO = "EUR";
    public static final Money MINIMUM = Money.ofCents(1);
    public static final Money MAXIMUM = Money.ofCents(99_999_999_999L);
    /** {@code DecimalNumber} in the schema has at most 18 digits, so a control sum stays below 10^16 euros. */
    static final Money MAXIMUM_CONTROL_SUM = Money.ofCents(999_999_999_999_999_999L);

    private SepaAmounts() {
    }

    public static Money requireTransferable(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.compareTo(MINIMUM) < 0 || amount.compareTo(MAXIMUM) > 0) {
            throw new SepaRuleViolation("A SEPA credit transfer amount must be from 0.01 to 999999999.99 EUR, got " + amount);
        }
        return amount;
    }

    /** Reads a decimal {@code InstdAmt} with its {@code Ccy}: EUR only, two decimals at most, within the EPC range. */
    public static Money fromXml(BigDecimal amount, String currency) {
        if (!EURO.equals(currency)) {
            throw new SepaRuleViolation("SEPA credit transfers are in EUR only, got " + currency + " " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new SepaRuleViolation("A euro amount has at most two decimals, got " + amount.toPlainString());
        }
        return requireTransferable(Money.ofCents(amount.movePointRight(2).longValueExact()));
    }

    static String toXml(Money amount) {
        return BigDecimal.valueOf(amount.cents(), 2).toPlainString();
    }
}
