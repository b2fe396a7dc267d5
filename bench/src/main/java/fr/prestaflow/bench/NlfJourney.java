package fr.prestaflow.bench;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measure 1: one NLF file uploaded through the gateway, timed from the first byte sent to the last ClaimAdjudicated or
 * ClaimRejected of its claims on claims.adjudication.claims.v1, and to the last PaymentIssued of the payable ones on
 * claims.payment.payments.v1 (payment batches are asked for every second as ops, as an ops agent or the schedule
 * would). The file's claims are known by their ClaimReceived source {@code noemie:<sender>/<fileId>/...}; end times are
 * the broker timestamps of the records. Progress is printed every 5 s so that the slow stage shows.
 */
final class NlfJourney {

    private static final String RECEIVED = EventTypes.typeOf(ClaimReceived.class);
    private static final String ANALYSED = EventTypes.typeOf(ClaimAnalysed.class);
    private static final String ADJUDICATED = EventTypes.typeOf(ClaimAdjudicated.class);
    private static final String REJECTED = EventTypes.typeOf(ClaimRejected.class);
    private static final String ISSUED = EventTypes.typeOf(PaymentIssued.class);
    private static final Duration STALL = Duration.ofMinutes(3);

    /** What adjudication decided for a claim, at the record's broker timestamp. */
    private record Outcome(boolean adjudicated, long at, boolean payable, boolean practitioner) {
    }

    private final Api api;
    private final Api.Token ops;
    private final String kafka;
    private final Duration timeout;
    private final Report report;
    private final ProcessMonitor monitor;
    private final boolean warmUp;

    private final Set<String> ours = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> analysedAt = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Long> issuedAt = new ConcurrentHashMap<>();

    /**
     * {@code warmUp}: the file only brings the services' JIT to the state a running mutuelle's services are in; its figures
     * go to the phase {@code nlf-warmup} of the results and one line of the table, without target.
     */
    NlfJourney(Api api, Api.Token ops, String kafka, Duration timeout, Report report, ProcessMonitor monitor,
               boolean warmUp) {
        this.warmUp = warmUp;
        this.api = api;
        this.ops = ops;
        this.kafka = kafka;
        this.timeout = timeout;
        this.report = report;
        this.monitor = monitor;
    }

    void run(NlfFiles.Generated file, String sender, String fileId, int decomptes, int linesPer) throws Exception {
        ObjectNode json = report.phase(warmUp ? "nlf-warmup" : "nlf");
        json.put("decomptes", decomptes).put("linesPerDecompte", linesPer).put("contracts", file.contracts().size())
                .put("fileBytes", file.bytes()).put("sender", sender).put("fileId", fileId);
        String prefix = "noemie:" + sender + "/" + fileId + "/";
        Map<String, Long> cpuBefore = monitor == null ? Map.of() : monitor.cpuSnapshot();
        try (EventTap tap = EventTap.start(kafka, List.of(Topics.TELETRANSMISSION_CLAIMS, Topics.ADJUDICATION_CLAIMS,
                Topics.PAYMENT_PAYMENTS), record -> handle(record, prefix));
             BatchTrigger batches = new BatchTrigger()) {
            long t0 = System.currentTimeMillis();
            HttpResponse<String> posted = api.send(api.request(api.gateway + "/api/v1/noemie/files")
                    .timeout(Duration.ofMinutes(30))
                    .header("Authorization", ops.bearer()).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofFile(file.file())).build());
            long uploaded = System.currentTimeMillis();
            if (posted.statusCode() != 202) {
                throw new IllegalStateException("Upload refused: " + posted.statusCode() + " " + posted.body());
            }
            String location = posted.headers().firstValue("Location")
                    .orElse("/api/v1/noemie/files/" + Api.parse(posted.body()).get("id").asString());
            System.out.printf("  uploaded %,d bytes in %.1f s; waiting for the file to be processed%n", file.bytes(),
                    (uploaded - t0) / 1e3);
            JsonNode view = awaitProcessed(location, tap);
            long processed = System.currentTimeMillis();
            String status = view.get("status").asString();
            long expected = view.at("/pipeline/claimsCreated").asLong();
            long lines = view.at("/counts/linesAccepted").asLong();
            json.put("fileStatus", status).put("claimsCreated", expected).put("linesAccepted", lines)
                    .put("decomptesRejected", view.at("/counts/decomptesRejected").asLong())
                    .put("uploadSeconds", (uploaded - t0) / 1e3).put("processedSeconds", (processed - t0) / 1e3);
            System.out.printf("  file %s after %.1f s: %,d claims, %,d care lines accepted%n", status,
                    (processed - t0) / 1e3, expected, lines);
            if (expected == 0) {
                throw new IllegalStateException("The file made no claim: " + view);
            }

            boolean allOutcomes = await("adjudicated", t0, tap, () -> oursWith(outcomes.keySet()), expected);
            long payable = ours.stream().map(outcomes::get).filter(o -> o != null && o.payable()).count();
            long practitioner = ours.stream().map(outcomes::get).filter(o -> o != null && o.practitioner()).count();
            boolean allPaid = await("payment issued", t0, tap, () -> oursWith(issuedAt.keySet()), payable);
            Map<String, Long> cpuAfter = monitor == null ? Map.of() : monitor.cpuSnapshot();
            // the members' timelines (notification) and every other consumer work through the same events afterwards
            Map<String, Long> caughtUp;
            try (ConsumerLag lag = new ConsumerLag(kafka, ConsumerLag.claimTopics())) {
                caughtUp = lag.awaitCaughtUp(Math.max(60_000, t0 + timeout.toMillis() - System.currentTimeMillis()),
                        "waiting for every service to catch up");
            }
            ObjectNode groups = json.putObject("secondsUntilConsumerGroupCaughtUp");
            caughtUp.forEach((group, at) -> groups.put(group, (at - t0) / 1e3));
            long allCaughtUp = caughtUp.values().stream().mapToLong(Long::longValue).max().orElse(0);

            long lastAnalysed = last(analysedAt::get);
            long lastOutcome = last(id -> outcomes.containsKey(id) ? outcomes.get(id).at() : 0L);
            long lastIssued = last(issuedAt::get);
            long adjudicated = ours.stream().map(outcomes::get).filter(o -> o != null && o.adjudicated()).count();
            long rejected = ours.stream().map(outcomes::get).filter(o -> o != null && !o.adjudicated()).count();
            double toAnalysed = (lastAnalysed - t0) / 1e3;
            double toOutcome = (lastOutcome - t0) / 1e3;
            double toIssued = (lastIssued - t0) / 1e3;
            double linesToOutcome = allOutcomes ? lines / toOutcome : Double.NaN;
            double linesToIssued = allOutcomes && allPaid ? lines / toIssued : Double.NaN;
            json.put("claimsSeen", ours.size()).put("adjudicated", adjudicated).put("rejected", rejected)
                    .put("payable", payable).put("practitionerPayees", practitioner)
                    .put("paymentsIssued", oursWith(issuedAt.keySet())).put("paymentBatchesCreated", batches.created.get())
                    .put("secondsToLastClaimAnalysed", toAnalysed).put("secondsToLastOutcome", toOutcome)
                    .put("secondsToLastPaymentIssued", toIssued).put("complete", allOutcomes && allPaid)
                    .put("careLinesPerSecondToAdjudicated", linesToOutcome)
                    .put("careLinesPerSecondToPaymentIssued", linesToIssued)
                    .put("careLinesPerSecondToClaimAnalysed", lines / toAnalysed);
            cpuShares(json, cpuBefore, cpuAfter, (lastIssued > 0 ? lastIssued : System.currentTimeMillis()) - t0);

            if (warmUp) {
                report.row(String.format("Warm-up file first (%,d x %d lines, JIT compiling): lines/s -> adjudicated, paid",
                        decomptes, linesPer), Report.number(linesToOutcome) + ", " + Report.number(linesToIssued));
                return;
            }
            report.row("NLF care lines/s, upload -> ClaimAdjudicated/Rejected", Report.number(linesToOutcome),
                    ">= 5,000", allOutcomes ? linesToOutcome >= 5000 : Boolean.FALSE);
            report.row("NLF care lines/s, upload -> PaymentIssued", Report.number(linesToIssued), ">= 5,000",
                    allOutcomes && allPaid ? linesToIssued >= 5000 : Boolean.FALSE);
            report.row("  (file: décomptes x lines, accepted lines)", String.format("%,d x %d, %,d", decomptes, linesPer,
                    lines));
            report.row("  upload+validation+claims committed (file status final)", String.format("%.1f s", (processed - t0) / 1e3));
            report.row("  last ClaimAnalysed on the broker (teletransmission)", String.format("%.1f s", toAnalysed));
            report.row("  last ClaimAdjudicated/Rejected (adjudication)", String.format("%.1f s", toOutcome));
            report.row("  last PaymentIssued (payment)", String.format("%.1f s", toIssued));
            report.row("  every service's consumers caught up (timelines current), observed at",
                    allCaughtUp > 0 ? String.format("%.1f s", (allCaughtUp - t0) / 1e3) : "n/a");
            report.row("  claims adjudicated / rejected / paid", String.format("%,d / %,d / %,d of %,d payable", adjudicated,
                    rejected, oursWith(issuedAt.keySet()), payable));
            if (!allOutcomes || !allPaid) {
                report.note("NLF journey incomplete: " + oursWith(outcomes.keySet()) + " of " + expected
                        + " claims decided, " + oursWith(issuedAt.keySet()) + " of " + payable
                        + " payments issued when the wait ended (--nlf-timeout " + timeout + ", or no progress for "
                        + STALL.toMinutes() + " min); rates of an incomplete run are not given.");
            }
            if (practitioner > 0) {
                report.note(practitioner + " claims pay a practitioner (tiers payant), who has no bank account here: "
                        + "not counted as payable.");
            }
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record, String prefix) {
        String type = EventTap.type(record);
        String claim = record.key();
        if (claim == null) {
            return;
        }
        if (type.equals(RECEIVED)) {
            // the events are compact JSON (Jackson's): the source is found as text, not by parsing 20,000 events
            String json = EventTap.text(record);
            if (json != null && json.contains("\"source\":\"" + prefix)) {
                ours.add(claim);
                receivedAt.put(claim, record.timestamp());
            }
        } else if (type.equals(ANALYSED)) {
            analysedAt.put(claim, record.timestamp());
        } else if (type.equals(ADJUDICATED)) {
            outcomes.put(claim, adjudicated(record.value(), record.timestamp()));
        } else if (type.equals(REJECTED)) {
            outcomes.put(claim, new Outcome(false, record.timestamp(), false, false));
        } else if (type.equals(ISSUED)) {
            issuedAt.putIfAbsent(claim, record.timestamp());
        }
    }

    /**
     * Whether a ClaimAdjudicated pays the member, read field by field: its lines, most of the event, are skipped rather
     * than built into a tree, since the bench runs on the machine it measures.
     */
    private static Outcome adjudicated(byte[] json, long at) {
        boolean reversal = false;
        long cents = 0;
        String payeeKind = "";
        try (JsonParser parser = Api.JSON.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "reversal" -> reversal = parser.getBooleanValue();
                    case "reimbursed" -> cents = Long.parseLong(Objects.requireNonNullElse(member(parser, "cents"), "0"));
                    case "payee" -> payeeKind = Objects.requireNonNullElse(member(parser, "kind"), "");
                    default -> parser.skipChildren();
                }
            }
        }
        boolean practitioner = "PRACTITIONER".equals(payeeKind);
        return new Outcome(true, at, !reversal && cents > 0 && !practitioner, !reversal && cents > 0 && practitioner);
    }

    /** A scalar member of the object the parser is at, as text (null if absent); leaves the parser at its end. */
    private static String member(JsonParser parser, String wanted) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String value = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals(wanted)) {
                value = parser.getValueAsString();
            }
            parser.skipChildren();
        }
        return value;
    }

    private long oursWith(Set<String> keys) {
        return ours.stream().filter(keys::contains).count();
    }

    private long last(ToLongFunction<String> at) {
        long last = 0;
        for (String id : ours) {
            try {
                last = Math.max(last, at.applyAsLong(id));
            } catch (NullPointerException e) {
                // not there yet
            }
        }
        return last;
    }

    private JsonNode awaitProcessed(String location, EventTap tap) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (true) {
            tap.check();
            HttpResponse<String> response = api.send(api.request(api.gateway + location)
                    .header("Authorization", ops.bearer()).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + location + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode view = Api.parse(response.body());
            String status = view.get("status").asString();
            if (!status.equals("RECEIVED") && !status.equals("PROCESSING")) {
                if (status.equals("FAILED")) {
                    throw new IllegalStateException("The file FAILED: " + view.path("failure").asString(""));
                }
                return view;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The file is still " + status + " after " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private interface Count {
        long get();
    }

    /** Waits until the count reaches the target; false on timeout or when it stops moving for {@link #STALL}. */
    private boolean await(String what, long t0, EventTap tap, Count count, long target) throws InterruptedException {
        long deadline = t0 + timeout.toMillis();
        long lastValue = -1;
        long lastChange = System.currentTimeMillis();
        long lastPrint = 0;
        while (true) {
            tap.check();
            long value = count.get();
            long now = System.currentTimeMillis();
            if (value != lastValue) {
                lastValue = value;
                lastChange = now;
            }
            if (now - lastPrint >= 5000 || value >= target) {
                lastPrint = now;
                System.out.printf("  %6.1f s  received %,d  analysed %,d  decided %,d  paid %,d   (%s: %,d of %,d)%n",
                        (now - t0) / 1e3, ours.size(), oursWith(analysedAt.keySet()), oursWith(outcomes.keySet()),
                        oursWith(issuedAt.keySet()), what, value, target);
            }
            if (value >= target) {
                return true;
            }
            if (now > deadline || now - lastChange > STALL.toMillis()) {
                return false;
            }
            // the figures come from the records' timestamps, not from this loop: checking once a second costs the
            // measured machine less than counting 20,000 claims five times a second
            Thread.sleep(1000);
        }
    }

    /** The share of the phase's wall time each process spent on CPU (100 % = one core busy the whole time). */
    static void cpuShares(ObjectNode json, Map<String, Long> before, Map<String, Long> after, long wallMillis) {
        if (before.isEmpty() || wallMillis <= 0) {
            return;
        }
        ObjectNode shares = json.putObject("cpuPercentOfOneCore");
        long stack = 0;
        long whole = 0;
        long bench = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            shares.put(e.getKey(), percent(used, wallMillis));
            if (e.getKey().equals("(whole machine busy)")) {
                whole = used;
            } else if (e.getKey().equals("(bench itself)")) {
                bench = used;
            } else {
                stack += used;
            }
        }
        shares.put("(other processes)", percent(Math.max(0, whole - stack - bench), wallMillis));
    }

    private static double percent(long ticks, long wallMillis) {
        return Math.round(1000.0 * ticks / ProcessMonitor.TICKS_PER_SECOND / (wallMillis / 1e3)) / 10.0;
    }

    /**
     * Asks payment for a batch of the READY orders every second, as a schedule would: a batch takes up to 5,000
     * transfers, so that keeps up with 25,000 lines/s. (Asking again at once after each batch made a batch of a few
     * hundred transfers every half second, and measured payment's per-file work more than the claims.) Every second
     * from the start of the previous request, not from its answer, which comes after the simulated bank's.
     */
    private final class BatchTrigger implements AutoCloseable {
        final AtomicInteger created = new AtomicInteger();
        private final Thread thread;
        private volatile boolean running = true;

        BatchTrigger() {
            thread = Thread.ofPlatform().name("bench-batches").daemon().start(() -> {
                boolean warned = false;
                while (running) {
                    long next = System.nanoTime() + 1_000_000_000L;
                    try {
                        HttpResponse<String> response = api.send(api.request(api.gateway + "/api/v1/payment-batches")
                                .header("Authorization", ops.bearer()).POST(HttpRequest.BodyPublishers.noBody()).build());
                        if (response.statusCode() == 201) {
                            created.incrementAndGet();
                        } else if (response.statusCode() != 204 && !warned) {
                            warned = true;
                            System.out.println("  POST /api/v1/payment-batches: " + response.statusCode() + " "
                                    + Registration.abbreviate(response.body()));
                        }
                    } catch (RuntimeException e) {
                        if (!warned) {
                            warned = true;
                            System.out.println("  POST /api/v1/payment-batches failed: " + e.getMessage());
                        }
                    }
                    try {
                        Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(70_000);
        }
    }
}
