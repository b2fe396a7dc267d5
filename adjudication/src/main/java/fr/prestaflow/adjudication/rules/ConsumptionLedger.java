package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prior consumption as later lines see it: the beneficiary's history plus what earlier accepted lines of the claim
 * consumed (§1, §3 step 10).
 */
final class ConsumptionLedger {

    private final List<HistoryLine> history;
    private final List<HistoryLine> claimConsumption = new ArrayList<>();

    ConsumptionLedger(List<HistoryLine> history) {
        this.history = history;
    }

    void record(Consumption consumption) {
        claimConsumption.add(consumption.toHistoryLine());
    }

    Stream<HistoryLine> of(CareCategory category) {
        return Stream.concat(history.stream(), claimConsumption.stream())
                .filter(line -> line.careCategory() == category);
    }

    /** §16: RAC0 amounts never count against a ceiling. */
    long complementaryPaidIn(CareCategory category, int year) {
        return of(category)
                .filter(line -> line.careDate().getYear() == year && line.basket() != Basket.RAC0)
                .mapToLong(HistoryLine::complementaryPaidCents)
                .reduce(0, Math::addExact);
    }

    /** §10 FIXED_PER_UNIT: history quantities plus units granted earlier in the claim. */
    long unitsUsedIn(CareCategory category, int year) {
        return of(category)
                .filter(line -> line.careDate().getYear() == year)
                .mapToLong(HistoryLine::quantity)
                .sum();
    }
}
