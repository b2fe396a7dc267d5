package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.intake.analysis.InvoiceReader.AmountSeen;
import fr.prestaflow.intake.analysis.InvoiceReader.DateRole;
import fr.prestaflow.intake.analysis.InvoiceReader.Evidence;
import fr.prestaflow.intake.analysis.InvoiceReader.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Everything read, as the reviewer's list of candidates: nothing decided, nothing hidden. */
final class Fields {

    private Fields() {
    }

    static ExtractedFields of(Evidence evidence, InvoiceAnalyser.Window window) {
        List<Found<LocalDate>> dates = evidence.dates().stream()
                .filter(seen -> seen.role() != DateRole.EXCLUDED && window.contains(seen.date()))
                .map(seen -> new Found<>(seen.date(), switch (seen.role()) {
                    case CARE -> 90;
                    case ITEM -> 85;
                    case INVOICE -> 70;
                    default -> 55;
                }, seen.line().evidence())).distinct().toList();
        List<Found<CareCategory>> categories = new ArrayList<>();
        evidence.categories().forEach((category, line) -> categories.add(new Found<>(category, 85, line.evidence())));
        evidence.actCodes().forEach((code, line) -> CareKeywords.categoryOfActCode(code)
                .ifPresent(category -> categories.add(new Found<>(category, 80, line.evidence()))));
        List<Found<Long>> billed = new ArrayList<>();
        for (AmountSeen amount : evidence.amounts()) {
            switch (amount.label()) {
                case TOTAL, FEE -> billed.add(new Found<>(amount.cents(), amount.alone() ? 80 : 50,
                        amount.line().evidence()));
                case NONE -> billed.add(new Found<>(amount.cents(), 40, amount.line().evidence()));
                default -> { }
            }
        }
        billed.addAll(fromItems(evidence, Item::billed));
        return new ExtractedFields(dates, categories.stream().distinct().toList(), billed.stream().distinct().toList(),
                labelled(evidence, AmountLabel.BASE, Item::base), evidence.rates(),
                labelled(evidence, AmountLabel.AMO_PAID, Item::amoPaid),
                labelled(evidence, AmountLabel.PARTICIPATION, Item::participation),
                labelled(evidence, AmountLabel.FRANCHISE, Item::franchise), evidence.practitionerIds(),
                evidence.actCodes().entrySet().stream()
                        .map(entry -> new Found<>(entry.getKey(), 85, entry.getValue().evidence())).toList());
    }

    private static List<Found<Long>> labelled(Evidence evidence, AmountLabel label, Function<Item, Long> column) {
        List<Found<Long>> found = new ArrayList<>();
        evidence.labelled(label).forEach(amount -> found.add(new Found<>(amount.cents(), amount.alone() ? 85 : 50,
                amount.line().evidence())));
        found.addAll(fromItems(evidence, column));
        return found.stream().distinct().toList();
    }

    private static List<Found<Long>> fromItems(Evidence evidence, Function<Item, Long> column) {
        List<Found<Long>> found = new ArrayList<>();
        for (List<Item> items : List.of(evidence.items(), evidence.tableTotals())) {
            for (Item item : items) {
                Long value = column.apply(item);
                if (value != null) {
                    found.add(new Found<>(value, 80, item.line().evidence()));
                }
            }
        }
        return found;
    }
}
