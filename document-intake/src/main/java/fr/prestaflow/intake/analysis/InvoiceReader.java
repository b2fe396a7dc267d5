package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import fr.prestaflow.intake.analysis.AmountLabel.Column;
import fr.prestaflow.intake.analysis.FrenchText.Amount;
import fr.prestaflow.intake.analysis.FrenchText.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First pass over the text: every date, amount, identifier and care item it can see, each with its line. No decision
 * is taken here; {@link InvoiceAnalyser} weighs the evidence.
 */
final class InvoiceReader {

    /** How a date is introduced on its line. */
    enum DateRole { CARE, ITEM, INVOICE, NEUTRAL, EXCLUDED }

    record DateSeen(LocalDate date, DateRole role, Line line) {
    }

    record AmountSeen(long cents, AmountLabel label, Line line, boolean alone) {
    }

    /** One care item: a row of a table, or a line naming a care (monture, couronne...) with its price. */
    record Item(Line line, LocalDate date, Set<CareCategory> categories, Set<String> actCodes, Long billed, Long base,
                Integer rate, Long amoPaid, Long participation, Long franchise, Side side, Basket basket,
                boolean fromTable, boolean singleAmount) {
    }

    record Evidence(List<Line> lines, List<DateSeen> dates, List<AmountSeen> amounts, List<Item> items,
                    List<Item> tableTotals, Map<CareCategory, Line> categories, Map<String, Line> actCodes,
                    List<Found<String>> practitionerIds, List<Found<Integer>> rates, Optional<Basket> basket) {

        List<AmountSeen> labelled(AmountLabel label) {
            return amounts.stream().filter(amount -> amount.label() == label).toList();
        }
    }

    private static final Pattern CARE_DATE_LABEL = Pattern.compile(
            "date (des |de |du |de la |d')?(soins?|actes?|execution|realisation|seance|consultation|delivrance"
                    + "|intervention|prestation|visite|examen)|(soins?|seances?|consultation|actes?|prestation|visite)"
                    + " (du|le|effectuee?s? le|realisee?s? le)|delivree?s? le|realisee?s? le"
                    + "|(seances?|soins?|consultation|actes?|visite|prestation)\\b[^\\d]{0,30}\\b(du|le) \\d");
    private static final Pattern INVOICE_DATE_LABEL = Pattern.compile(
            "facture|\\bdate\\b|\\bfait le|emise? le|\\ble \\d|\\bdu \\d|quittance|recu");
    private static final Pattern OTHER_DATE_LABEL = Pattern.compile(
            "naissance|\\bnee?s? le|\\bne\\(e\\)|impression|imprime|edite|edition|valable|validite|echeance|prescri"
                    + "|ordonnance|paiement|paye le|virement|regle le|reglement|adhesion|depuis le|jusqu'?au"
                    + "|droits? ouverts?|envoye|traite le|periode");
    private static final Pattern PRACTITIONER = Pattern.compile(
            "\\b(rpps|adeli|finess)\\b[^\\d\\n]{0,15}(\\d[\\d ]{7,16}\\d)");
    private static final Pattern RATE_LINE = Pattern.compile("\\btaux\\b");

    private InvoiceReader() {
    }

    static Evidence read(String text) {
        List<Line> lines = FrenchText.lines(text);
        List<DateSeen> dates = new ArrayList<>();
        List<AmountSeen> amounts = new ArrayList<>();
        Map<CareCategory, Line> categories = new LinkedHashMap<>();
        Map<String, Line> actCodes = new LinkedHashMap<>();
        List<Found<String>> practitionerIds = new ArrayList<>();
        List<Found<Integer>> rates = new ArrayList<>();
        Optional<Basket> basket = Optional.empty();
        for (Line line : lines) {
            CareKeywords.categories(line.folded()).forEach(category -> categories.putIfAbsent(category, line));
            CareKeywords.actCodes(line.original()).forEach(code -> actCodes.putIfAbsent(code, line));
            practitionerIds.addAll(practitionerIds(line));
            if (basket.isEmpty()) {
                basket = CareKeywords.basket(line.folded());
            }
            if (RATE_LINE.matcher(line.folded()).find() && AmountLabel.headerColumns(line.folded()).isEmpty()) {
                FrenchText.percents(line.folded()).forEach(rate -> rates.add(new Found<>(rate, 85, line.evidence())));
            }
        }
        Tables tables = tables(lines);
        for (Line line : lines) {
            boolean inTable = tables.rowLines.contains(line.index());
            for (LocalDate date : FrenchText.dates(line.folded())) {
                dates.add(new DateSeen(date, inTable ? DateRole.ITEM : dateRole(line), line));
            }
            if (!inTable) {
                List<Amount> found = FrenchText.amounts(line.folded());
                AmountLabel label = AmountLabel.of(line.folded());
                for (Amount amount : found) {
                    if (label != AmountLabel.NONE ? amount.decimals() || amount.currency() : amount.currency()) {
                        amounts.add(new AmountSeen(amount.cents(), label, line, found.size() == 1));
                    }
                }
            }
        }
        List<Item> items = new ArrayList<>(tables.rows);
        items.addAll(keywordItems(lines, tables.rowLines));
        items.sort((a, b) -> Integer.compare(a.line().index(), b.line().index()));
        return new Evidence(lines, dates, amounts, items, tables.totals, categories, actCodes, practitionerIds, rates,
                basket);
    }

    private static DateRole dateRole(Line line) {
        String folded = line.folded();
        if (CARE_DATE_LABEL.matcher(folded).find()) {
            return DateRole.CARE;
        }
        if (OTHER_DATE_LABEL.matcher(folded).find()) {
            return DateRole.EXCLUDED;
        }
        if (!CareKeywords.categories(folded).isEmpty() && !FrenchText.amounts(folded).isEmpty()) {
            return DateRole.ITEM;
        }
        return INVOICE_DATE_LABEL.matcher(folded).find() ? DateRole.INVOICE : DateRole.NEUTRAL;
    }

    private static List<Found<String>> practitionerIds(Line line) {
        List<Found<String>> found = new ArrayList<>();
        Matcher matcher = PRACTITIONER.matcher(line.folded());
        while (matcher.find()) {
            String digits = matcher.group(2).replace(" ", "");
            String register = matcher.group(1);
            boolean wellFormed = register.equals("rpps") ? digits.length() == 11 : digits.length() == 9;
            if (wellFormed) {
                // FINESS numbers an establishment (an optician's shop), not a person: usable, less sure
                found.add(new Found<>(digits, register.equals("finess") ? 70 : 90, line.evidence()));
            }
        }
        return found;
    }

    private record Tables(List<Item> rows, List<Item> totals, Set<Integer> rowLines) {
    }

    /** Rows under a header line are read column by column: "Honoraires  Base  Taux  Remboursé". */
    private static Tables tables(List<Line> lines) {
        List<Item> rows = new ArrayList<>();
        List<Item> totals = new ArrayList<>();
        Set<Integer> rowLines = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i);
            List<Column> columns = AmountLabel.headerColumns(header.folded());
            if (columns.isEmpty() || !FrenchText.amounts(header.folded()).isEmpty()) {
                continue;
            }
            List<Column> amountColumns = columns.stream().filter(column -> column != Column.RATE).toList();
            int skipped = 0;
            for (int j = i + 1; j < lines.size() && skipped <= 2; j++) {
                Line row = lines.get(j);
                List<Amount> amounts = FrenchText.amounts(row.folded()).stream()
                        .filter(amount -> amount.decimals() || amount.currency()).toList();
                if (amounts.isEmpty()) {
                    skipped++;
                    continue;
                }
                if (amounts.size() != amountColumns.size()) {
                    break;
                }
                Item item = tableRow(row, amountColumns, amounts, columns.contains(Column.RATE));
                rowLines.add(row.index());
                if (AmountLabel.of(row.folded()) == AmountLabel.TOTAL) {
                    totals.add(item);
                    break;
                }
                rows.add(item);
                skipped = 0;
                i = j;
            }
        }
        return new Tables(rows, totals, rowLines);
    }

    private static Item tableRow(Line row, List<Column> amountColumns, List<Amount> amounts, boolean hasRate) {
        Map<Column, Long> values = new LinkedHashMap<>();
        for (int k = 0; k < amountColumns.size(); k++) {
            values.putIfAbsent(amountColumns.get(k), amounts.get(k).cents());
        }
        List<Integer> percents = FrenchText.percents(row.folded());
        Integer rate = hasRate && percents.size() == 1 ? percents.getFirst() : null;
        List<LocalDate> dates = FrenchText.dates(row.folded());
        return new Item(row, dates.size() == 1 ? dates.getFirst() : null, CareKeywords.categories(row.folded()),
                CareKeywords.actCodes(row.original()), values.get(Column.BILLED), values.get(Column.BASE), rate,
                values.get(Column.AMO_PAID), values.get(Column.PARTICIPATION), values.get(Column.FRANCHISE),
                CareKeywords.side(row.folded()).orElse(null), CareKeywords.basket(row.folded()).orElse(null), true,
                true);
    }

    /** Outside tables: a line that names a care and carries a price ("Monture Ray-Ban  120,00 €"). */
    private static List<Item> keywordItems(List<Line> lines, Set<Integer> tableLines) {
        List<Item> items = new ArrayList<>();
        for (Line line : lines) {
            if (tableLines.contains(line.index())) {
                continue;
            }
            Set<CareCategory> categories = CareKeywords.categories(line.folded());
            AmountLabel label = AmountLabel.of(line.folded());
            if (categories.isEmpty() || (label != AmountLabel.NONE && label != AmountLabel.FEE)) {
                continue;
            }
            List<Amount> amounts = FrenchText.amounts(line.folded()).stream()
                    .filter(amount -> amount.decimals() || amount.currency()).toList();
            if (amounts.isEmpty()) {
                continue;
            }
            long billed = amounts.stream().mapToLong(Amount::cents).max().orElseThrow();
            List<LocalDate> dates = FrenchText.dates(line.folded());
            items.add(new Item(line, dates.size() == 1 ? dates.getFirst() : null, new LinkedHashSet<>(categories),
                    CareKeywords.actCodes(line.original()), billed, null, null, null, null, null,
                    CareKeywords.side(line.folded()).orElse(null), CareKeywords.basket(line.folded()).orElse(null),
                    false, amounts.size() == 1));
        }
        return items;
    }
}
