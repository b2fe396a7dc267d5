package fr.prestaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * Benchmark of a running stack (./bench.sh; ./run-local.sh starts one). Five measures, each a phase that can be left
 * out with --skip: NLF care lines per second from upload to adjudication and to payment ({@link NlfJourney}), upload
 * requests per second and latency ({@link UploadLoad}), event-to-timeline latency ({@link TimelineLatency}), the
 * memory of every process of the stack ({@link ProcessMonitor}, sampled every second through the whole run) and the raw
 * throughput of the same Kafka broker ({@link KafkaReference}). Prints a table with the targets next to the figures and
 * writes target/bench/results.json. It measures and reports; it asserts nothing.
 */
public final class Benchmark {

    static final long MEMORY_TARGET_BYTES = 3L << 30;

    private Benchmark() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // PDFBox says at every invoice that Helvetica is drawn with a fallback font: true, and of no interest here
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        Options options;
        try {
            options = new Options(args);
        } catch (Options.UsageException e) {
            (e.exitCode == 0 ? System.out : System.err).println(e.getMessage());
            System.exit(e.exitCode);
            return;
        }
        try {
            System.exit(new Benchmark().run(options));
        } catch (Exception e) {
            System.err.println("The benchmark stopped: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private int run(Options o) throws Exception {
        Report report = new Report();
        Api api = new Api(o.gateway(), o.password());
        String started = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "Z";
        int cores = Runtime.getRuntime().availableProcessors();
        ObjectNode machine = report.json.putObject("machine");
        machine.put("cores", cores).put("memoryBytes", memTotal()).put("loadAverageAtStart", loadAverage())
                .put("java", Runtime.version().toString());
        report.json.put("startedAt", started).put("gateway", o.gateway()).put("kafka", o.text("kafka"));
        System.out.printf("Prestaflow benchmark, %s, %d cores, %s RAM, load average %s%n", started, cores,
                Report.megabytes(memTotal()), loadAverage());
        System.out.printf("stack: gateway %s, Kafka %s%n", o.gateway(), o.text("kafka"));
        if (!api.up(o.gateway() + "/actuator/health")) {
            System.err.println("No stack answers at " + o.gateway() + "/actuator/health: start one with ./run-local.sh");
            return 1;
        }

        ProcessMonitor monitor = null;
        if (ProcessMonitor.available()) {
            int base = o.gatewayPort();
            monitor = new ProcessMonitor(List.of(
                    new ProcessMonitor.Watched("gateway", base, false),
                    new ProcessMonitor.Watched("document-intake", base + 1, false),
                    new ProcessMonitor.Watched("teletransmission", base + 2, false),
                    new ProcessMonitor.Watched("adjudication", base + 3, false),
                    new ProcessMonitor.Watched("payment", base + 4, false),
                    new ProcessMonitor.Watched("notification", base + 5, false),
                    new ProcessMonitor.Watched("identity", base + 6, false),
                    new ProcessMonitor.Watched("kafka", o.kafkaPort(), false),
                    new ProcessMonitor.Watched("postgresql", o.integer("postgres-port"), true),
                    new ProcessMonitor.Watched("launcher (SMTP catcher)", o.integer("smtp-port"), false)));
        } else {
            report.note("No /proc: process memory and CPU shares are not measured.");
        }

        Api.Token ops = api.token(o.text("ops-user"));
        ops.bearer();
        Path work = o.out().getParent().resolve("work");
        long seed = o.seed();
        int decomptes = o.integer("decomptes");
        int linesPer = o.integer("lines-per");
        int contracts = o.integer("contracts");
        int timelineClaims = o.integer("timeline-claims");
        int warmUpDecomptes = o.skips("nlf") ? 0 : o.integer("warmup-decomptes");
        int warmUpContracts = warmUpDecomptes == 0 ? 0
                : Math.max(1, (int) ((long) contracts * warmUpDecomptes / Math.max(1, decomptes)));
        // a block of contract numbers of this run, away from the demo contracts CT-000001..CT-000003
        int span = contracts + timelineClaims + warmUpContracts;
        int offset = 100_000 + ThreadLocalRandom.current().nextInt(Math.max(1, 899_999 - span));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(LocalDateTime.now(ZoneOffset.UTC));
        report.json.put("seed", seed).put("contractBlock", NlfFiles.contract("CT-000001", offset) + ".."
                + NlfFiles.contract(String.format("CT-%06d", span), offset));

        String uploadContract = o.text("upload-contract").isBlank() ? "CT-000001" : o.text("upload-contract");
        NlfFiles.Generated mainFile = null;
        NlfFiles.Generated timelineFile = null;
        NlfFiles.Generated warmUpFile = null;
        String sender = randomSender();
        String fileId = "BENCH-" + stamp + "-" + seed;
        String warmUpFileId = "BENCH-WU-" + stamp + "-" + seed;
        String warmUpSender = randomSender(); // décompte numbers are the sender's: a file of its own numbers them again
        String timelineSender = randomSender();
        boolean nlf = !o.skips("nlf");
        boolean timeline = !o.skips("timeline");
        if (nlf || timeline) {
            section("Setup: generating the NLF files (tools/nlf-gen.py, seed " + seed + ") and registering their contracts");
            NlfFiles files = new NlfFiles(o.generator(), o.text("python"), work);
            List<ObjectNode> toRegister = new ArrayList<>();
            List<String> withAccounts = new ArrayList<>();
            if (nlf) {
                mainFile = files.generate("nlf-main", decomptes, linesPer, seed, contracts, sender, fileId, offset);
                toRegister.addAll(mainFile.contracts());
                mainFile.contracts().forEach(c -> withAccounts.add(c.get("contractNumber").asString()));
                System.out.printf("  %s: %,d bytes, %,d contracts%n", mainFile.file().getFileName(), mainFile.bytes(),
                        mainFile.contracts().size());
            }
            if (warmUpDecomptes > 0) {
                warmUpFile = files.generate("nlf-warmup", warmUpDecomptes, linesPer, seed + 2, warmUpContracts, warmUpSender,
                        warmUpFileId, offset + contracts + timelineClaims);
                toRegister.addAll(warmUpFile.contracts());
                warmUpFile.contracts().forEach(c -> withAccounts.add(c.get("contractNumber").asString()));
            }
            if (timeline) {
                timelineFile = files.generate("nlf-timeline", timelineClaims, linesPer, seed + 1, timelineClaims,
                        timelineSender, "BENCH-TL-" + stamp, offset + contracts);
                toRegister.addAll(timelineFile.contracts());
            }
            Registration registration = new Registration(api, ops, o.service("payment-url", 4), o.integer("register-threads"));
            Registration.Outcome registered = registration.contracts(toRegister);
            System.out.printf("  %,d contracts registered (PUT /api/v1/contracts/{n} via the gateway as ops), %d failed, "
                    + "%.0f/s%n", registered.ok(), registered.failed(), registered.perSecond());
            Registration.Outcome accounts = registration.bankAccounts(withAccounts);
            if (o.text("upload-contract").isBlank() && registered.ok() > 0) {
                uploadContract = toRegister.getFirst().get("contractNumber").asString();
            }
            System.out.printf("  %,d bank accounts registered (PUT /api/v1/bank-accounts/me on payment's port with "
                    + "X-Member-Contract), %d failed, %.0f/s%n", accounts.ok(), accounts.failed(), accounts.perSecond());
            report.phase("setup").put("contracts", registered.ok()).put("contractFailures", registered.failed())
                    .put("contractsPerSecond", registered.perSecond()).put("bankAccounts", accounts.ok())
                    .put("bankAccountFailures", accounts.failed()).put("bankAccountsPerSecond", accounts.perSecond());
            report.row("Setup: contracts registered/s (gateway, " + o.integer("register-threads") + " threads)",
                    Report.number(registered.perSecond()));
            if (registered.failed() > 0 || accounts.failed() > 0) {
                report.note("Setup failures: contracts " + registered.sampleErrors() + ", bank accounts "
                        + accounts.sampleErrors());
            }
            if (!withAccounts.isEmpty()) {
                report.note("Bank accounts of the generated contracts were registered on payment's port directly "
                        + "(X-Member-Contract, setup only): the generated contracts have no member login for the gateway.");
            }
        }

        double linesPerSecond = Double.NaN;
        if (nlf) {
            section("1. NLF file: upload -> ClaimAdjudicated -> PaymentIssued");
            try {
                if (warmUpFile != null) {
                    System.out.printf("  warm-up file first (%,d décomptes, not measured)%n", warmUpDecomptes);
                    awaitIdle(o, report, "before the warm-up file");
                    new NlfJourney(api, ops, o.text("kafka"), o.duration("nlf-timeout"), report, monitor, true)
                            .run(warmUpFile, warmUpSender, warmUpFileId, warmUpDecomptes, linesPer);
                }
                awaitIdle(o, report, "before the NLF file");
                probe(report, "before the NLF file");
                new NlfJourney(api, ops, o.text("kafka"), o.duration("nlf-timeout"), report, monitor, false)
                        .run(mainFile, sender, fileId, decomptes, linesPer);
                linesPerSecond = report.phase("nlf").path("careLinesPerSecondToAdjudicated").asDouble(Double.NaN);
            } catch (Exception e) {
                failed(report, "nlf", e);
            }
        }
        if (!o.skips("uploads")) {
            section("2. Member uploads: POST /api/v1/claims");
            try {
                String via = o.text("upload-via");
                Api.Token member = null;
                if (!via.equals("direct")) {
                    try {
                        member = api.token(o.text("member-user"));
                        member.bearer();
                    } catch (RuntimeException e) {
                        report.note("No member token (" + e.getMessage() + "): uploads measured on document-intake's port.");
                        member = null;
                        via = "direct";
                    }
                }
                new UploadLoad(api, o.service("intake-url", 1), o.text("kafka"), report, monitor).run(via, member,
                        uploadContract, o.integer("upload-warmup"), o.integer("upload-requests"),
                        o.integer("upload-concurrency"));
            } catch (Exception e) {
                failed(report, "uploads", e);
            }
        }
        if (timeline) {
            section("3. Event-to-timeline latency (" + timelineClaims + " claims at " + o.decimal("timeline-rate") + "/s)");
            try {
                awaitIdle(o, report, "before the timeline measure");
                new TimelineLatency(api, o.service("notification-url", 5), o.text("kafka"), report)
                        .run(NlfFiles.decomptes(timelineFile.file()), timelineSender, o.decimal("timeline-rate"));
            } catch (Exception e) {
                failed(report, "timeline", e);
            }
        }
        if (monitor != null) {
            memory(report, monitor);
        }
        if (!o.skips("kafka")) {
            section("5. Kafka alone: " + o.integer("kafka-records") + " records of " + o.integer("kafka-record-bytes") + " B");
            try {
                double produced = new KafkaReference(o.text("kafka"), report).run(o.integer("kafka-records"),
                        o.integer("kafka-record-bytes"));
                if (!Double.isNaN(linesPerSecond)) {
                    report.row("  ratio: NLF care lines/s end to end / Kafka producer records/s",
                            String.format("%.3f", linesPerSecond / produced));
                    report.json.put("ratioLinesToKafkaRecords", linesPerSecond / produced);
                }
            } catch (Exception e) {
                failed(report, "kafka", e);
            }
        }
        if (monitor != null) {
            monitor.close();
            ObjectNode peaks = report.json.withObjectProperty("memory").putObject("peakBytes");
            monitor.figures().forEach((name, f) -> peaks.put(name, f.peakBytes));
            report.json.withObjectProperty("memory").put("peakTotalBytes", monitor.peakTotalBytes());
            report.row("Whole stack memory, peak of the sum (sampled every 1 s)", Report.megabytes(monitor.peakTotalBytes()),
                    "< 3,072 MB", monitor.peakTotalBytes() < MEMORY_TARGET_BYTES);
        }
        probe(report, "at the end");
        report.json.put("finishedAt", LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "Z");
        if (nlf || timeline) {
            deleteQuietly(work);
        }

        System.out.println();
        System.out.printf("Prestaflow benchmark %s, %d cores (targets: >= 5,000 care lines/s end to end, timeline within "
                + "1 s p99, whole stack under 3 GB RSS)%n%n", started, cores);
        report.print(System.out);
        Path out = o.out();
        Files.createDirectories(out.getParent());
        Files.writeString(out, Api.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json));
        System.out.println();
        System.out.println("Results: " + out);
        return 0;
    }

    private static void memory(Report report, ProcessMonitor monitor) {
        section("4. Memory of each process (VmRSS; PostgreSQL: PSS of the postmaster and its backends)");
        monitor.sample();
        ObjectNode json = report.json.putObject("memory");
        ObjectNode now = json.putObject("bytes");
        long total = 0;
        for (Map.Entry<String, ProcessMonitor.Figures> e : monitor.figures().entrySet()) {
            ProcessMonitor.Figures f = e.getValue();
            now.put(e.getKey(), f.memoryBytes);
            total += f.memoryBytes;
            String pid = f.pids.isEmpty() ? "not found" : "pid " + f.pids.getFirst();
            report.row("Memory " + e.getKey() + " (" + pid + "), now (peak)", f.pids.isEmpty() ? "n/a"
                    : Report.megabytes(f.memoryBytes) + " (" + Report.megabytes(f.peakBytes) + ")");
        }
        json.put("totalBytes", total);
        report.row("Whole stack memory, now", Report.megabytes(total), "< 3,072 MB", total < MEMORY_TARGET_BYTES);
    }

    /** Waits (10 min at most) until no service has a backlog, so that one measure's backlog does not slow the next. */
    /** Times {@link MachineProbe}'s fixed work on the idle stack, to tell a slow stack from a slow machine. */
    private static void probe(Report report, String when) {
        double millis = MachineProbe.millis();
        ((ObjectNode) report.json.path("machine")).put("probeMillis " + when, millis);
        report.row("Machine speed probe " + when + " (fixed single-thread work, ms; lower is faster)",
                String.format("%.0f", millis));
    }

    private static void awaitIdle(Options o, Report report, String when) throws Exception {
        try (ConsumerLag lag = new ConsumerLag(o.text("kafka"), ConsumerLag.claimTopics())) {
            long start = System.currentTimeMillis();
            lag.awaitCaughtUp(600_000, "waiting for the stack to be idle " + when);
            Map<String, Long> left = lag.lag();
            long behind = left.values().stream().mapToLong(Long::longValue).sum();
            if (behind > 0) {
                report.note("Not idle " + when + " after 10 min; consumer lag " + left);
            } else if (System.currentTimeMillis() - start > 2000) {
                System.out.printf("  idle after %.0f s%n", (System.currentTimeMillis() - start) / 1e3);
            }
        }
    }

    private static void failed(Report report, String phase, Exception e) {
        System.out.println("  phase " + phase + " failed: " + e);
        report.phase(phase).put("failed", e.toString());
        report.note("Phase " + phase + " failed: " + e.getMessage());
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    private static String randomSender() {
        return String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
    }

    private static long memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().maxMemory();
    }

    private static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // leave it
        }
    }
}
