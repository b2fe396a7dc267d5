package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an accepted line consumes (§3 step 10): later lines of the claim see it, and once a non-quote claim is
 * adjudicated it is persisted and comes back as a {@link HistoryLine}. {@code units} are the units granted (the
 * quantity, or fewer under a yearly unit limit).
 */
public record Consumption(int lineNumber, CareCategory careCategory, LocalDate careDate, Side side, Basket basket,
                          int units, long complementaryPaidCents) {

    public Consumption {
        Objects.requireNonNull(careCategory, "careCategory");
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(basket, "basket");
        Amounts.requireNonNegative(complementaryPaidCents, "complementaryPaidCents");
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1");
        }
    }

    public HistoryLine toHistoryLine() {
        return new HistoryLine(careCategory, careDate, complementaryPaidCents, side, units, basket);
    }
}
