package fr.prestaflow.adjudication.golden;

import fr.prestaflow.adjudication.rules.ClaimResult;
import fr.prestaflow.adjudication.rules.LineResult;
import fr.prestaflow.adjudication.rules.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Collects the outcome of every golden case and writes target/golden-report.json. */
final class GoldenReport {

    private final Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
    private int passed;
    private int failed;

    void passed(String key, GoldenCase goldenCase, ClaimResult actual) {
        passed++;
        cases.put(unique(key), entry("pass", goldenCase, Optional.of(actual), List.of()));
    }

    void failed(String key, GoldenCase goldenCase, ClaimResult actual, List<String> differences) {
        failed++;
        cases.put(unique(key), entry("fail", goldenCase, Optional.ofNullable(actual), differences));
    }

    void unreadable(String key, String file, String error) {
        failed++;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file);
        entry.put("status", "fail");
        entry.put("error", error);
        cases.put(unique(key), entry);
    }

    /** Two files declaring the same case id both stay in the report. */
    private String unique(String key) {
        String candidate = key;
        for (int n = 2; cases.containsKey(candidate); n++) {
            candidate = key + "#" + n;
        }
        return candidate;
    }

    int passedCount() {
        return passed;
    }

    int failedCount() {
        return failed;
    }

    String summaryLine() {
        return "golden: " + passed + " passed, " + failed + " failed";
    }

    void write(Path file, Path directory) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("directory", directory.toString());
        report.put("passed", passed);
        report.put("failed", failed);
        report.put("cases", cases);
        try {
            Files.createDirectories(file.getParent());
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> entry(String status, GoldenCase goldenCase, Optional<ClaimResult> actual,
                                             List<String> differences) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", goldenCase.title());
        entry.put("status", status);
        if (!differences.isEmpty()) {
            entry.put("differences", differences);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (GoldenCase.ExpectedLine expected : goldenCase.expectedLines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineNumber", expected.lineNumber());
            line.put("expected", expected);
            line.put("actual", actual.flatMap(result -> result.line(expected.lineNumber()))
                    .map(GoldenReport::actualLine).orElse(null));
            lines.add(line);
        }
        entry.put("lines", lines);
        entry.put("expectedTotals", goldenCase.expectedTotals());
        entry.put("actualTotals", actual.map(ClaimResult::totals).orElse(null));
        return entry;
    }

    static Map<String, Object> actualLine(LineResult line) {
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("lineNumber", line.lineNumber());
        actual.put("amoPaidCents", line.amoPaidCents());
        actual.put("complementaryPaidCents", line.complementaryPaidCents());
        actual.put("patientShareCents", line.patientShareCents());
        actual.put("reasons", line.reasons().stream().map(Reason::name).toList());
        actual.put("rejectionCode", line.rejectionCode().map(Enum::name).orElse(null));
        return actual;
    }
}
