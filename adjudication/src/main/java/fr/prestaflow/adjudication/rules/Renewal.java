package fr.prestaflow.adjudication.rules;

import java.util.Objects;
import java.util.OptionalInt;

/** Minimum time between two items of a guarantee (REIMBURSEMENT_RULES.md §9). */
public record Renewal(int years, OptionalInt yearsUnder16, OptionalInt yearsOnVisionChange, RenewalUnit per) {

    public Renewal {
        Objects.requireNonNull(yearsUnder16, "yearsUnder16");
        Objects.requireNonNull(yearsOnVisionChange, "yearsOnVisionChange");
        Objects.requireNonNull(per, "per");
        requirePositive(years);
        yearsUnder16.ifPresent(Renewal::requirePositive);
        yearsOnVisionChange.ifPresent(Renewal::requirePositive);
    }

    public static Renewal every(int years, RenewalUnit per) {
        return new Renewal(years, OptionalInt.empty(), OptionalInt.empty(), per);
    }

    private static void requirePositive(int years) {
        if (years < 1) {
            throw new IllegalArgumentException("renewal years must be at least 1");
        }
    }
}
