package fr.prestaflow.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/** The table printed at the end, and results.json (every figure and its details, per phase). */
final class Report {

    record Row(String figure, String value, String target, String verdict) {
    }

    final ObjectNode json = Api.JSON.createObjectNode();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ObjectNode phase(String name) {
        return json.withObjectProperty("phases").withObjectProperty(name);
    }

    void row(String figure, String value, String target, Boolean met) {
        rows.add(new Row(figure, value, target, met == null ? "" : met ? "met" : "NOT met"));
    }

    void row(String figure, String value) {
        row(figure, value, "", null);
    }

    void note(String note) {
        notes.add(note);
        json.withArrayProperty("notes").add(note);
    }

    void print(PrintStream out) {
        int figureWidth = Math.max(6, rows.stream().mapToInt(r -> r.figure().length()).max().orElse(6));
        int valueWidth = Math.max(5, rows.stream().mapToInt(r -> r.value().length()).max().orElse(5));
        int targetWidth = Math.max(6, rows.stream().mapToInt(r -> r.target().length()).max().orElse(6));
        String format = "%-" + figureWidth + "s  %" + valueWidth + "s  %-" + targetWidth + "s  %s%n";
        out.printf(format, "figure", "value", "target", "");
        out.println("-".repeat(figureWidth + valueWidth + targetWidth + 14));
        for (Row row : rows) {
            out.printf(format, row.figure(), row.value(), row.target(), row.verdict());
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("* " + n));
        }
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f ms", value);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
