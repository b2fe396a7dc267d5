package fr.prestaflow.intake.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * OCR through the {@code tesseract} command-line program (Debian: tesseract-ocr, tesseract-ocr-fra). Running the
 * program rather than binding the library keeps native crashes out of our JVM and lets a timeout kill a stuck run.
 * The program may be missing on a machine: {@link #availability()} says so, and callers send the claim to review.
 */
public final class TesseractOcr {

    /**
     * @param binary    the program, a bare name looked up on the PATH or a path
     * @param languages tesseract language codes joined by '+', e.g. {@code fra}
     * @param timeout   the longest one page may take before the process is killed
     */
    public record Settings(String binary, String languages, Duration timeout) {

        public Settings {
            Objects.requireNonNull(binary, "binary");
            Objects.requireNonNull(languages, "languages");
            Objects.requireNonNull(timeout, "timeout");
            if (binary.isBlank() || languages.isBlank() || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("binary, languages and a positive timeout are required");
            }
        }

        public static Settings defaults() {
            return new Settings("tesseract", "fra", Duration.ofSeconds(60));
        }
    }

    /** Whether OCR can run here, and if not why (program missing, language data missing...). */
    public record Availability(boolean available, String detail) {
    }

    /** OCR could not run or did not finish: the document goes to manual review. */
    static final class OcrFailed extends RuntimeException {
        OcrFailed(String message) {
            super(message);
        }

        OcrFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final Settings settings;
    private volatile Availability availability;

    public TesseractOcr(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static TesseractOcr withDefaults() {
        return new TesseractOcr(Settings.defaults());
    }

    public Settings settings() {
        return settings;
    }

    /** Probed once (the program and its language data do not come and go while we run), then remembered. */
    public Availability availability() {
        Availability known = availability;
        if (known == null) {
            known = probe();
            availability = known;
        }
        return known;
    }

    /**
     * Recognises the text of one image file (PNG or JPEG).
     *
     * @param dpi the resolution when known (rendered PDF pages), 0 to let tesseract estimate it (photos)
     * @throws OcrFailed when the program is missing, fails or times out
     */
    String recognise(Path image, int dpi) {
        Availability current = availability();
        if (!current.available()) {
            throw new OcrFailed(current.detail());
        }
        Path output = null;
        Path errors = null;
        try {
            output = Files.createTempFile("prestaflow-ocr-", ".txt");
            errors = Files.createTempFile("prestaflow-ocr-", ".err");
            List<String> command = new ArrayList<>(List.of(settings.binary(), image.toString(), "stdout",
                    "-l", settings.languages(), "--psm", "3"));
            if (dpi > 0) {
                command.addAll(List.of("--dpi", Integer.toString(dpi)));
            }
            int exit = run(command, output, errors, settings.timeout());
            if (exit != 0) {
                throw new OcrFailed("tesseract exited with " + exit + ": " + firstLine(errors));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            if (e instanceof OcrFailed failed) {
                throw failed;
            }
            throw new OcrFailed("tesseract could not be run: " + e.getMessage(), e);
        } finally {
            deleteQuietly(output);
            deleteQuietly(errors);
        }
    }

    private Availability probe() {
        Path output = null;
        try {
            output = Files.createTempFile("prestaflow-ocr-probe-", ".txt");
            int exit = run(List.of(settings.binary(), "--list-langs"), output, output, PROBE_TIMEOUT);
            if (exit != 0) {
                return new Availability(false, "OCR unavailable: '" + settings.binary() + " --list-langs' exited with "
                        + exit);
            }
            List<String> installed = Files.readAllLines(output, StandardCharsets.UTF_8).stream().map(String::strip).toList();
            for (String language : settings.languages().split("\\+")) {
                if (!installed.contains(language)) {
                    return new Availability(false, "OCR unavailable: tesseract language data '" + language
                            + "' is not installed");
                }
            }
            return new Availability(true, "tesseract with " + settings.languages());
        } catch (IOException e) {
            return new Availability(false, "OCR unavailable: no tesseract program at '" + settings.binary() + "'");
        } catch (RuntimeException e) {
            return new Availability(false, "OCR unavailable: " + e.getMessage());
        } finally {
            deleteQuietly(output);
        }
    }

    /** Output goes to files, not pipes, so a chatty process can never block on a full pipe buffer. */
    private static int run(List<String> command, Path output, Path errors, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile());
        if (output.equals(errors)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(errors.toFile());
        }
        // One thread per run: pages are OCRed one after another, and parallel requests would oversubscribe the CPUs.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        process.getOutputStream().close(); // tesseract reads files, never its standard input
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new OcrFailed("tesseract did not finish within " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrFailed("interrupted while waiting for tesseract", e);
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).findFirst().orElse("(no message)");
        } catch (IOException e) {
            return "(no message)";
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless; the OCR result is what matters
            }
        }
    }
}
