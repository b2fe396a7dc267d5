package fr.prestaflow.bench;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measure 3: from a claim's ClaimAdjudicated (or ClaimRejected) record timestamp on the broker to the moment
 * notification's timeline says so, for claims arriving at a steady pace: the décomptes of a generated file are posted one
 * by one on noemie.inbound.decomptes.v1 (as integrators do) at {@code --timeline-rate} a second. As soon as a claim's
 * ClaimReceived shows on the broker, its status stream GET /api/v1/claims/{id}/events is opened on notification's port
 * (X-Member-Contract), retrying while notification does not know the claim yet; the moment the stream delivers
 * ADJUDICATED (or a later status, or REJECTED) is the end. When that status is already the first event of the stream
 * (the stream opened after the timeline changed), the figure is an upper bound; how many such there are is reported.
 */
final class TimelineLatency {

    private static final String RECEIVED = EventTypes.typeOf(ClaimReceived.class);
    private static final String ADJUDICATED = EventTypes.typeOf(ClaimAdjudicated.class);
    private static final String REJECTED = EventTypes.typeOf(ClaimRejected.class);
    private static final Set<String> DECIDED = Set.of("ADJUDICATED", "PAYMENT_FAILED", "REIMBURSED", "REJECTED");

    private record Seen(long at, boolean live, String status) {
    }

    private final Api api;
    private final String notificationUrl;
    private final String kafka;
    private final Report report;

    private final Map<String, Long> decidedAt = new ConcurrentHashMap<>();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Set<String> ours = ConcurrentHashMap.newKeySet();
    private final ExecutorService watchers = Executors.newVirtualThreadPerTaskExecutor();

    TimelineLatency(Api api, String notificationUrl, String kafka, Report report) {
        this.api = api;
        this.notificationUrl = notificationUrl;
        this.kafka = kafka;
        this.report = report;
    }

    void run(List<NlfFiles.Decompte> decomptes, String sender, double rate) throws Exception {
        ObjectNode json = report.phase("timeline");
        String prefix = "noemie:" + sender + "/";
        try (EventTap tap = EventTap.start(kafka, List.of(Topics.TELETRANSMISSION_CLAIMS, Topics.ADJUDICATION_CLAIMS),
                record -> {
                    String type = EventTap.type(record);
                    String value = type.equals(RECEIVED) ? EventTap.text(record) : null;
                    if (value != null && value.contains(prefix)) {
                        JsonNode event = Api.parse(value);
                        if (event.path("source").asString("").startsWith(prefix) && ours.add(record.key())) {
                            String contract = event.at("/beneficiary/contractNumber").asString();
                            watchers.submit(() -> watch(record.key(), contract));
                        }
                    } else if (type.equals(ADJUDICATED) || type.equals(REJECTED)) {
                        decidedAt.putIfAbsent(record.key(), record.timestamp());
                    }
                });
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.CLIENT_ID_CONFIG, "prestaflow-bench-inbound"),
                     new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            long intervalNanos = Math.round(1e9 / rate);
            for (int i = 0; i < decomptes.size(); i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                NlfFiles.Decompte decompte = decomptes.get(i);
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.NOEMIE_INBOUND_DECOMPTES,
                        decompte.id(), decompte.text());
                record.headers().add(EventHeaders.NLF_SENDER, sender.getBytes(StandardCharsets.US_ASCII));
                producer.send(record);
                if (i > 0 && i % Math.max(1, (int) Math.round(rate * 5)) == 0) {
                    System.out.printf("  posted %,d of %,d décomptes; %,d claims seen, %,d timelines decided%n", i,
                            decomptes.size(), ours.size(), seen.size());
                }
            }
            producer.flush();
            double postSeconds = (System.nanoTime() - start) / 1e9;
            long deadline = System.currentTimeMillis() + 60_000;
            while (seen.size() + failures.size() < decomptes.size() && System.currentTimeMillis() < deadline) {
                tap.check();
                Thread.sleep(200);
            }
            watchers.shutdownNow();

            List<Double> latencies = new ArrayList<>();
            List<Double> liveLatencies = new ArrayList<>();
            int upperBounds = 0;
            for (String claim : ours) {
                Seen s = seen.get(claim);
                Long decided = decidedAt.get(claim);
                if (s != null && decided != null) {
                    latencies.add((double) (s.at() - decided));
                    if (s.live()) {
                        liveLatencies.add((double) (s.at() - decided));
                    } else {
                        upperBounds++;
                    }
                }
            }
            Stats all = Stats.of(latencies);
            Stats live = Stats.of(liveLatencies);
            json.put("decomptesPosted", decomptes.size()).put("ratePerSecond", rate).put("postSeconds", postSeconds)
                    .put("claimsSeen", ours.size()).put("measured", all.count()).put("liveMeasured", live.count())
                    .put("upperBounds", upperBounds).put("p50Ms", all.p50()).put("p95Ms", all.p95())
                    .put("p99Ms", all.p99()).put("maxMs", all.max()).put("liveP99Ms", live.p99());
            if (!failures.isEmpty()) {
                json.put("streamFailures", failures.size()).put("firstStreamFailure", failures.values().iterator().next());
            }
            report.row("Event-to-timeline latency p99 (ClaimAdjudicated -> SSE status)", Report.millis(all.p99()),
                    "<= 1,000 ms", all.count() == 0 ? Boolean.FALSE : all.p99() <= 1000);
            report.row("  p50 / p95 / max, claims measured", String.format("%s / %s / %s, %,d of %,d", Report.millis(all.p50()),
                    Report.millis(all.p95()), Report.millis(all.max()), all.count(), decomptes.size()));
            if (upperBounds > 0) {
                report.note("Timeline: " + upperBounds + " of " + all.count() + " claims were already decided when their "
                        + "status stream opened (an upper bound each); p99 of the " + live.count()
                        + " pushed live: " + Report.millis(live.p99()) + ".");
            }
            if (!failures.isEmpty()) {
                report.note("Timeline: " + failures.size() + " status streams failed, e.g. "
                        + failures.values().iterator().next());
            }
        }
    }

    /** Opens the claim's status stream (again while notification answers 404) and notes when it says decided. */
    private void watch(String claimId, String contract) {
        long deadline = System.currentTimeMillis() + 60_000;
        String url = notificationUrl + "/api/v1/claims/" + claimId + "/events";
        try {
            while (System.currentTimeMillis() < deadline) {
                HttpResponse<InputStream> response = api.http.send(api.request(url).timeout(Duration.ofSeconds(70))
                        .header("Accept", "text/event-stream").header("X-Member-Contract", contract).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 404) {
                    response.body().close();
                    Thread.sleep(10);
                    continue;
                }
                if (response.statusCode() != 200) {
                    failures.put(claimId, response.statusCode() + " " + new String(response.body().readAllBytes(),
                            StandardCharsets.UTF_8));
                    return;
                }
                try (InputStream body = response.body();
                     BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    boolean first = true;
                    String status = null;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("id:")) {
                            status = line.substring(3).strip();
                        } else if (line.isEmpty() && status != null) {
                            if (DECIDED.contains(status)) {
                                seen.put(claimId, new Seen(System.currentTimeMillis(), !first, status));
                                return;
                            }
                            first = false;
                            status = null;
                        }
                    }
                }
                // the stream ended before the claim was decided: open it again
            }
            failures.put(claimId, "not decided on the timeline within 60 s");
        } catch (IOException e) {
            failures.put(claimId, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
