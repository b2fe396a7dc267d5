package fr.prestaflow.adjudication.golden;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.prestaflow.adjudication.coverage.PlanLoader;
import fr.prestaflow.adjudication.rules.AdjudicationEngine;
import fr.prestaflow.adjudication.rules.ClaimResult;
import fr.prestaflow.adjudication.rules.LineResult;
import fr.prestaflow.adjudication.rules.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case of {@code -Dgolden.dir} (default: this module's copy of the public cases) through the real
 * engine and compares each line and the totals to the cent. A case file that cannot be read counts as failed.
 */
class GoldenCasesTest {

    private static final Path DEFAULT_DIR = Path.of("src/test/resources/golden-cases/public");
    private static final Path REPORT = Path.of("target/golden-report.json");

    private final AdjudicationEngine engine = new AdjudicationEngine();
    private final GoldenCaseReader reader = new GoldenCaseReader(new PlanLoader().loadBundled());
    private final GoldenReport report = new GoldenReport();

    @TestFactory
    @DisplayName("golden cases")
    Stream<DynamicTest> golden_cases() throws IOException {
        Path directory = goldenDirectory();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : caseFiles(directory)) {
            tests.add(dynamicTest(file.getFileName().toString(), file.toUri(), () -> runCase(file)));
        }
        tests.add(dynamicTest("summary", () -> summarise(directory)));
        return tests.stream();
    }

    private void runCase(Path file) {
        String key = file.getFileName().toString().replaceFirst("\\.json$", "");
        GoldenCase goldenCase;
        try {
            goldenCase = reader.read(file);
        } catch (Exception e) {
            report.unreadable(key, file.toString(), e.toString());
            fail(file.getFileName() + " cannot be read as a golden case: " + e);
            return;
        }
        key = goldenCase.id();
        ClaimResult actual;
        try {
            actual = engine.adjudicate(goldenCase.input());
        } catch (RuntimeException e) {
            report.failed(key, goldenCase, null, List.of("engine threw " + e));
            throw e;
        }
        List<String> differences = differences(goldenCase, actual);
        if (differences.isEmpty()) {
            report.passed(key, goldenCase, actual);
        } else {
            report.failed(key, goldenCase, actual, differences);
            fail(goldenCase.id() + " " + goldenCase.title() + "\n  " + String.join("\n  ", differences));
        }
    }

    private void summarise(Path directory) {
        System.out.println(report.summaryLine());
        report.write(REPORT, directory);
        if (report.passedCount() + report.failedCount() == 0) {
            fail("no golden case found in " + directory);
        }
        if (report.failedCount() > 0) {
            fail(report.summaryLine() + " (see " + REPORT.toAbsolutePath() + ")");
        }
    }

    private static List<String> differences(GoldenCase goldenCase, ClaimResult actual) {
        List<String> differences = new ArrayList<>();
        if (actual.lines().size() != goldenCase.expectedLines().size()) {
            differences.add("expected " + goldenCase.expectedLines().size() + " lines, got " + actual.lines().size());
        }
        for (GoldenCase.ExpectedLine expected : goldenCase.expectedLines()) {
            Optional<LineResult> line = actual.line(expected.lineNumber());
            if (line.isEmpty()) {
                differences.add("line " + expected.lineNumber() + ": missing");
                continue;
            }
            compare(differences, expected.lineNumber(), "amoPaidCents", expected.amoPaidCents(),
                    line.get().amoPaidCents());
            compare(differences, expected.lineNumber(), "complementaryPaidCents", expected.complementaryPaidCents(),
                    line.get().complementaryPaidCents());
            compare(differences, expected.lineNumber(), "patientShareCents", expected.patientShareCents(),
                    line.get().patientShareCents());
            compare(differences, expected.lineNumber(), "reasons", expected.reasons(),
                    line.get().reasons().stream().map(Reason::name).toList());
            compare(differences, expected.lineNumber(), "rejectionCode", expected.rejectionCode(),
                    line.get().rejectionCode().map(Enum::name).orElse(null));
        }
        if (!goldenCase.expectedTotals().equals(actual.totals())) {
            differences.add("totals: expected " + goldenCase.expectedTotals() + ", got " + actual.totals());
        }
        return differences;
    }

    private static void compare(List<String> differences, int lineNumber, String field, Object expected,
                                Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add("line " + lineNumber + " " + field + ": expected " + expected + ", got " + actual);
        }
    }

    /** A relative {@code golden.dir} is read from the module directory, else from the repository root. */
    private static Path goldenDirectory() {
        String property = System.getProperty("golden.dir");
        if (property == null || property.isBlank()) {
            return DEFAULT_DIR.toAbsolutePath();
        }
        Path directory = Path.of(property);
        String root = System.getProperty("project.root");
        if (!directory.isAbsolute() && !Files.isDirectory(directory) && root != null) {
            directory = Path.of(root).resolve(directory);
        }
        return directory.toAbsolutePath().normalize();
    }

    private static List<Path> caseFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("golden.dir " + directory + " is not a directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().endsWith(".schema.json"))
                    .sorted()
                    .toList();
        }
    }
}
