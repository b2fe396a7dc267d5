package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A line the mutuelle already reimbursed to this beneficiary (§2): what renewals, ceilings and unit limits count.
 * An absent side reads as BOTH and an absent basket as FREE, as on care lines.
 */
public record HistoryLine(CareCategory careCategory, LocalDate careDate, long complementaryPaidCents, Side side,
                          int quantity, Basket basket) {

    public HistoryLine {
        Objects.requireNonNull(careCategory, "careCategory");
        Objects.requireNonNull(careDate, "careDate");
        Amounts.requireNonNegative(complementaryPaidCents, "complementaryPaidCents");
        side = side == null ? Side.BOTH : side;
        basket = basket == null ? Basket.FREE : basket;
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public static HistoryLine of(CareCategory category, LocalDate careDate, long complementaryPaidCents) {
        return new HistoryLine(category, careDate, complementaryPaidCents, Side.BOTH, 1, Basket.FREE);
    }
}
