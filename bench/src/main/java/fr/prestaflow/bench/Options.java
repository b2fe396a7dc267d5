package fr.prestaflow.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The benchmark's settings: {@code --name=value} (or {@code --name value}) on the command line, else the system property
 * {@code bench.name}, else the default. {@link #HELP} lists them.
 */
final class Options {

    static final Map<String, String[]> KNOWN = new LinkedHashMap<>();

    static {
        option("gateway", "http://localhost:8080", "the stack's gateway");
        option("kafka", "localhost:9092", "the stack's Kafka bootstrap servers");
        option("intake-url", "", "document-intake called directly (default: gateway host, gateway port + 1)");
        option("payment-url", "", "payment called directly for bank accounts (default: gateway port + 4)");
        option("notification-url", "", "notification called directly for the SSE timeline (default: gateway port + 5)");
        option("postgres-port", "5432", "PostgreSQL port, for its memory");
        option("smtp-port", "3025", "the local stack launcher's SMTP catcher port, for its memory");
        option("decomptes", "20000", "décomptes in the NLF file");
        option("warmup-decomptes", "40000", "décomptes of an unmeasured NLF file sent first, on contracts of its own, so "
                + "that the file measured meets warm services, their optimising compiler done with most of its work "
                + "(0: none)");
        option("lines-per", "5", "care lines per décompte");
        option("contracts", "2000", "contracts the NLF file refers to (registered first, with bank accounts)");
        option("register-threads", "8", "concurrent PUTs when registering contracts and bank accounts");
        option("seed", "", "nlf-gen.py seed (default: a new one each run, printed)");
        option("nlf-timeout", "PT30M", "how long to wait for the NLF file's adjudications and payments");
        option("upload-requests", "600", "measured POST /api/v1/claims");
        option("upload-warmup", "30", "unmeasured uploads first (also tell whether the gateway rate-limits)");
        option("upload-concurrency", "16", "concurrent uploaders");
        option("upload-via", "auto", "gateway, direct (document-intake's port) or auto (gateway unless it answers 429)");
        option("upload-contract", "", "contract of the uploads on document-intake's port (default: the first contract "
                + "this run registered, else CT-000001; through the gateway it is the token's)");
        option("timeline-claims", "300", "claims whose ClaimAdjudicated-to-timeline latency is measured");
        option("timeline-rate", "20", "décomptes per second posted on the inbound topic for the timeline measure");
        option("kafka-records", "500000", "records of the raw Kafka reference");
        option("kafka-record-bytes", "500", "bytes per record of the raw Kafka reference");
        option("skip", "", "phases to leave out, comma separated: nlf, uploads, timeline, kafka (default none)");
        option("ops-user", "agent.ops", "ops login");
        option("member-user", "ct-000001", "member login for uploads through the gateway");
        option("password", "", "demo password (default: $PRESTAFLOW_DEMO_PASSWORD or prestaflow-demo)");
        option("generator", "", "nlf-gen.py (default: <project root>/tools/nlf-gen.py)");
        option("python", "python3", "Python 3 interpreter for the generator");
        option("out", "", "results file (default: <project root>/target/bench/results.json)");
    }

    static final String HELP = "Usage: ./bench.sh [--name=value ...]   (or -Dbench.name=value)\n" + KNOWN.entrySet().stream()
            .map(e -> String.format("  --%-20s %s", e.getKey(), e.getValue()[1].contains("default")
                    ? e.getValue()[1] : e.getValue()[1] + " (default " + e.getValue()[0] + ")"))
            .collect(Collectors.joining("\n"));

    private final Map<String, String> values = new HashMap<>();
    final Path root;

    private static void option(String name, String defaultValue, String help) {
        KNOWN.put(name, new String[] {defaultValue, help});
    }

    Options(String[] args) {
        root = Path.of(System.getProperty("prestaflow.root", ".")).toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new UsageException(HELP, 0);
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument " + arg + "\n" + HELP);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value\n" + HELP);
            }
            if (!KNOWN.containsKey(name)) {
                throw new UsageException("Unknown option --" + name + "\n" + HELP);
            }
            values.put(name, value);
        }
        for (String name : KNOWN.keySet()) {
            values.computeIfAbsent(name, n -> System.getProperty("bench." + n, KNOWN.get(n)[0]));
        }
    }

    String text(String name) {
        if (!KNOWN.containsKey(name)) {
            throw new IllegalArgumentException(name);
        }
        return values.get(name);
    }

    int integer(String name) {
        try {
            return Integer.parseInt(text(name).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " is not a whole number: " + text(name));
        }
    }

    double decimal(String name) {
        try {
            return Double.parseDouble(text(name));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " is not a number: " + text(name));
        }
    }

    Duration duration(String name) {
        try {
            return Duration.parse(text(name));
        } catch (RuntimeException e) {
            throw new UsageException("--" + name + " is not an ISO-8601 duration (e.g. PT30M): " + text(name));
        }
    }

    boolean skips(String phase) {
        return Arrays.stream(text("skip").split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet())
                .contains(phase);
    }

    String gateway() {
        return stripSlash(text("gateway"));
    }

    /** A service called directly: its option, else the gateway's host with the gateway's port plus the offset. */
    String service(String option, int portOffset) {
        String explicit = text(option);
        if (!explicit.isBlank()) {
            return stripSlash(explicit);
        }
        URI gateway = URI.create(gateway());
        int port = gateway.getPort() < 0 ? 80 : gateway.getPort();
        return gateway.getScheme() + "://" + gateway.getHost() + ":" + (port + portOffset);
    }

    int gatewayPort() {
        URI gateway = URI.create(gateway());
        return gateway.getPort() < 0 ? 80 : gateway.getPort();
    }

    int kafkaPort() {
        String first = text("kafka").split(",")[0];
        return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    }

    String password() {
        String given = text("password");
        if (!given.isBlank()) {
            return given;
        }
        return System.getenv().getOrDefault("PRESTAFLOW_DEMO_PASSWORD", "prestaflow-demo");
    }

    long seed() {
        String given = text("seed");
        return given.isBlank() ? ThreadLocalRandom.current().nextLong(1, 1_000_000) : Long.parseLong(given);
    }

    Path generator() {
        String given = text("generator");
        return given.isBlank() ? root.resolve("tools/nlf-gen.py") : Path.of(given);
    }

    Path out() {
        String given = text("out");
        return given.isBlank() ? root.resolve("target/bench/results.json") : Path.of(given);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static final class UsageException extends RuntimeException {
        final int exitCode;

        UsageException(String message) {
            this(message, 2);
        }

        UsageException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
