package fr.prestaflow.teletransmission.nlf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: parses and validates a 1,000,000-care-line NLF file and prints care lines per second and peak heap.
 *
 * <pre>
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     fr.prestaflow.teletransmission.nlf.NlfParseBenchmark [file.nlf] [runs]
 * </pre>
 *
 * Without a file it generates one with {@code python3 tools/nlf-gen.py} (system property
 * {@code nlf.gen}, default ../tools/nlf-gen.py, the project's copy, relative to the teletransmission module): 200,000 décomptes of 5 lines, seed 42.
 */
public final class NlfParseBenchmark {

    private static final String GENERATOR = System.getProperty("nlf.gen", "../tools/nlf-gen.py");

    private NlfParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : generate();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("file %s, %,d bytes, %d cores, max heap %d MB%n", file, Files.size(file),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= runs; run++) {
            measure(file, run);
        }
    }

    private static void measure(Path file, int run) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var sink = new CountingSink();
        long start = System.nanoTime();
        NlfResult result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            result = new NlfProcessor("99123456").process(in, sink, OutputStream.nullOutputStream());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakBytes = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("run %d: %s, %,d care lines (%,d passed to the sink) in %.2f s = %,.0f lines/s; "
                        + "peak heap %d MB (sum of heap pool peaks); %d errors, %d warnings%n",
                run, result.status(), result.linesRead(), sink.lines, seconds, result.linesRead() / seconds,
                peakBytes >> 20, result.errorCount(), result.warningCount());
    }

    private static Path generate() throws IOException, InterruptedException {
        Path file = Files.createTempFile("nlf-bench-", ".nlf");
        file.toFile().deleteOnExit();
        Process generator = new ProcessBuilder("python3", GENERATOR, "--decomptes", "200000", "--lines-per", "5",
                "--seed", "42", "--out", file.toString()).inheritIO().start();
        if (generator.waitFor() != 0) {
            throw new IllegalStateException("nlf-gen.py failed with exit code " + generator.exitValue());
        }
        return file;
    }

    private static final class CountingSink implements DecompteSink {

        private long lines;

        @Override
        public void linePassed(PassedLine line) {
            lines++;
        }
    }
}
