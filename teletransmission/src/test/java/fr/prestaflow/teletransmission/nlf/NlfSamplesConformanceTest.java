package fr.prestaflow.teletransmission.nlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code *.nlf} of the samples directory (system property {@code nlf.samples.dir}, default the copy of the public
 * samples) must be acknowledged exactly as the {@code .nla} beside it, byte for byte, with receiver 99123456 and a
 * registry that has never seen its file id (NLF.md §8).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NlfSamplesConformanceTest {

    private static final String RECEIVER = "99123456";
    private static final Path REPORT = Path.of("target", "nlf-report.json");
    private static final List<SampleOutcome> OUTCOMES = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> every_sample_is_acknowledged_byte_for_byte() throws IOException {
        Path directory = Path.of(System.getProperty("nlf.samples.dir", "src/test/resources/nlf-samples"));
        List<Path> samples;
        try (Stream<Path> files = Files.list(directory)) {
            samples = files.filter(file -> file.getFileName().toString().endsWith(".nlf")).sorted().toList();
        }
        assertThat(samples).as("samples in %s", directory.toAbsolutePath()).isNotEmpty();
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(),
                () -> check(sample)));
    }

    private static void check(Path sample) throws IOException {
        String name = sample.getFileName().toString();
        Path expectedFile = sample.resolveSibling(name.substring(0, name.length() - ".nlf".length()) + ".nla");
        byte[] expected = Files.exists(expectedFile) ? Files.readAllBytes(expectedFile) : new byte[0];
        byte[] actual;
        try (InputStream in = Files.newInputStream(sample)) {
            actual = new NlfProcessor(RECEIVER, new InMemoryNlfRegistry()).acknowledge(in, DecompteSink.NONE).bytes();
        }
        SampleOutcome outcome = SampleOutcome.compare(name, expected, actual);
        synchronized (OUTCOMES) {
            OUTCOMES.add(outcome);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("acknowledgment of %s", name)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).as("bytes of the acknowledgment of %s", name).isEqualTo(expected);
    }

    @AfterAll
    static void report() throws IOException {
        long passed = OUTCOMES.stream().filter(SampleOutcome::passed).count();
        System.out.println("nlf-samples: " + passed + " passed, " + (OUTCOMES.size() - passed) + " failed");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, SampleOutcome.json(OUTCOMES), StandardCharsets.UTF_8);
    }

    /** One sample: passed, or the first differing line (1-based) with its expected and actual text. */
    record SampleOutcome(String file, boolean passed, int line, Optional<String> expected, Optional<String> actual) {

        static SampleOutcome compare(String file, byte[] expected, byte[] actual) {
            if (Arrays.equals(expected, actual)) {
                return new SampleOutcome(file, true, 0, Optional.empty(), Optional.empty());
            }
            List<String> expectedLines = lines(expected);
            List<String> actualLines = lines(actual);
            int line = 0;
            while (line < expectedLines.size() && line < actualLines.size()
                    && expectedLines.get(line).equals(actualLines.get(line))) {
                line++;
            }
            return new SampleOutcome(file, false, line + 1, at(expectedLines, line), at(actualLines, line));
        }

        /** Lines with their line end kept, so that a CRLF or a missing last LF shows as a difference. */
        private static List<String> lines(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                lines.add(text.substring(start));
            }
            return lines;
        }

        private static Optional<String> at(List<String> lines, int index) {
            return index < lines.size() ? Optional.of(lines.get(index)) : Optional.empty();
        }

        static String json(List<SampleOutcome> outcomes) {
            StringBuilder json = new StringBuilder("{\n  \"samples\": [");
            String separator = "\n";
            for (SampleOutcome outcome : outcomes.stream().sorted((a, b) -> a.file.compareTo(b.file)).toList()) {
                json.append(separator).append("    {\"file\": ").append(quote(outcome.file))
                        .append(", \"result\": ").append(quote(outcome.passed ? "pass" : "fail"));
                if (!outcome.passed) {
                    json.append(", \"firstDifference\": {\"line\": ").append(outcome.line)
                            .append(", \"expected\": ").append(outcome.expected.map(SampleOutcome::quote).orElse("null"))
                            .append(", \"actual\": ").append(outcome.actual.map(SampleOutcome::quote).orElse("null"))
                            .append('}');
                }
                json.append('}');
                separator = ",\n";
            }
            long passed = outcomes.stream().filter(SampleOutcome::passed).count();
            return json.append("\n  ],\n  \"passed\": ").append(passed).append(",\n  \"failed\": ")
                    .append(outcomes.size() - passed).append("\n}\n").toString();
        }

        private static String quote(String value) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
