package fr.prestaflow.bench;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimSentToReview;
import fr.prestaflow.contracts.events.v1.EventTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measure 2: concurrent member uploads, POST /api/v1/claims (multipart: the {@code claim} JSON part and one small
 * PDF in {@code files}), as requests per second and latency percentiles. Each upload has its own PDF (a dental invoice
 * with its own number, as document-intake's TestDocuments draws them), so none is stored as a duplicate.
 *
 * <p>Through the gateway with a member token when the gateway lets them through; it limits uploads per member (20 a
 * minute by default, {@code prestaflow.gateway.rate-limits.uploads}). {@code --upload-via auto} sends the warm-up
 * through the gateway and, at the first 429, measures document-intake on its own port with X-Member-Contract instead,
 * and says so. Afterwards it waits (at most 5 min) for the background analysis of the uploads, whose rate it reports.
 */
final class UploadLoad {

    private static final String ANALYSED = EventTypes.typeOf(ClaimAnalysed.class);
    private static final String REVIEW = EventTypes.typeOf(ClaimSentToReview.class);

    private static final List<String> INVOICE = List.of(
            "Dr Claire Martin - Chirurgien-dentiste",
            "12 rue des Lilas, 69003 Lyon - Tél. 04 78 12 34 56",
            "N° RPPS : 10101234567",
            "Facture n° %s",
            "Date : 13/06/2025",
            "Patient : Jean Dupont, né le 04/03/1980",
            "Date des soins : 12/06/2025",
            "Acte | Code | Honoraires | Base de remboursement",
            "Couronne céramo-métallique dent 36 | HBLD634 | 650,00 € | 120,00 €",
            "Panier : tarifs maîtrisés",
            "Total honoraires : 650,00 €",
            "Montant payé : 650,00 €");
    private static final float[] COLUMNS = {50, 300, 390, 470, 520, 560, 600};

    private final Api api;
    private final String intakeUrl;
    private final String kafka;
    private final Report report;
    private final ProcessMonitor monitor;

    private final Map<String, Long> analysedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> reviewAt = new ConcurrentHashMap<>();

    UploadLoad(Api api, String intakeUrl, String kafka, Report report, ProcessMonitor monitor) {
        this.api = api;
        this.intakeUrl = intakeUrl;
        this.kafka = kafka;
        this.report = report;
        this.monitor = monitor;
    }

    private record Attempt(int status, long nanos, String claimId, String body) {
    }

    void run(String via, Api.Token member, String directContract, int warmup, int requests, int concurrency)
            throws Exception {
        ObjectNode json = report.phase("uploads");
        String runTag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        System.out.printf("  drawing %,d invoices%n", warmup + requests);
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            pdfs.add(invoice("BENCH-" + runTag + "-" + i));
        }
        try (EventTap tap = EventTap.start(kafka, List.of(Topics.INTAKE_CLAIMS), record -> {
            String type = EventTap.type(record);
            if (type.equals(ANALYSED)) {
                analysedAt.putIfAbsent(record.key(), record.timestamp());
            } else if (type.equals(REVIEW)) {
                reviewAt.putIfAbsent(record.key(), record.timestamp());
            }
        })) {
            boolean gateway = !via.equals("direct");
            String contract = directContract;
            if (!gateway) {
                report.note("Uploads measured on document-intake's own port (" + intakeUrl + ", X-Member-Contract "
                        + contract + "), not through the gateway (--upload-via direct).");
            }
            if (gateway) {
                contract = member == null ? directContract : contractOf(member);
            }
            // warm-up (and, in auto mode, does the gateway let a load through?)
            List<Attempt> warm = load(gateway, member, contract, pdfs.subList(0, warmup), concurrency);
            long limited = warm.stream().filter(a -> a.status() == 429).count();
            if (gateway && limited > 0) {
                if (via.equals("gateway")) {
                    report.note("The gateway rate-limited " + limited + " of " + warmup + " warm-up uploads (429); the "
                            + "measure below goes through it anyway, so it counts mostly 429 answers.");
                } else {
                    gateway = false;
                    contract = directContract;
                    report.note("Uploads measured on document-intake's own port (" + intakeUrl + ", X-Member-Contract "
                            + contract + "), not through the gateway: it answered 429 to " + limited + " of " + warmup
                            + " warm-up uploads (prestaflow.gateway.rate-limits.uploads, 20/min per member by default; "
                            + "raise it for a run by starting the stack with "
                            + "PRESTAFLOW_GATEWAY_RATELIMITS_UPLOADS_CAPACITY=100000).");
                    load(false, null, contract, pdfs.subList(0, Math.min(warmup, 10)).stream()
                            .map(p -> invoice("BENCH-" + runTag + "-W" + UUID.randomUUID())).toList(), concurrency);
                }
            }
            List<Attempt> check = gateway ? warm : load(false, null, contract, List.of(invoice("BENCH-" + runTag + "-C")), 1);
            if (check.stream().noneMatch(a -> a.status() == 202 || a.status() == 429)) {
                Attempt first = check.getFirst();
                throw new IllegalStateException("document-intake accepted no warm-up upload; first answer " + first.status()
                        + " " + Registration.abbreviate(first.body()));
            }
            Map<String, Long> cpuBefore = monitor == null ? Map.of() : monitor.cpuSnapshot();
            long measuredStart = System.currentTimeMillis();
            long start = System.nanoTime();
            List<Attempt> measured = load(gateway, member, contract, pdfs.subList(warmup, warmup + requests), concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> cpuAfter = monitor == null ? Map.of() : monitor.cpuSnapshot();
            long ok = measured.stream().filter(a -> a.status() == 202).count();
            Map<Integer, Long> byStatus = new TreeMap<>();
            measured.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
            Stats latency = Stats.of(measured.stream().filter(a -> a.status() == 202).map(a -> a.nanos() / 1e6).toList());
            double perSecond = ok / seconds;
            String path = gateway ? "gateway" : "document-intake direct";
            json.put("via", path).put("contract", contract).put("concurrency", concurrency).put("requests", requests)
                    .put("accepted", ok).put("seconds", seconds).put("requestsPerSecond", perSecond)
                    .put("p50Ms", latency.p50()).put("p95Ms", latency.p95()).put("p99Ms", latency.p99())
                    .put("maxMs", latency.max());
            ObjectNode statuses = json.putObject("statuses");
            byStatus.forEach((status, count) -> statuses.put(Integer.toString(status), count));
            measured.stream().filter(a -> a.status() != 202).findFirst()
                    .ifPresent(a -> json.put("firstError", a.status() + " " + Registration.abbreviate(a.body())));
            NlfJourney.cpuShares(json, cpuBefore, cpuAfter, Math.round(seconds * 1000));
            report.row("Upload POST /api/v1/claims, requests/s (" + path + ", " + concurrency + " concurrent)",
                    Report.number(perSecond));
            report.row("  upload latency p50 / p95 / p99", String.format("%s / %s / %s", Report.millis(latency.p50()),
                    Report.millis(latency.p95()), Report.millis(latency.p99())));
            if (ok < requests) {
                report.note("Uploads: " + (requests - ok) + " of " + requests + " not accepted, by status " + byStatus
                        + (json.has("firstError") ? "; first: " + json.get("firstError").asString() : ""));
            }

            // the analysis runs in the background: how fast does it drain the measured uploads?
            Set<String> measuredIds = new java.util.HashSet<>();
            measured.stream().map(Attempt::claimId).filter(java.util.Objects::nonNull).forEach(measuredIds::add);
            long deadline = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
            while (done(measuredIds) < measuredIds.size() && System.currentTimeMillis() < deadline) {
                tap.check();
                Thread.sleep(500);
            }
            long last = measuredIds.stream().mapToLong(id -> Math.max(analysedAt.getOrDefault(id, 0L),
                    reviewAt.getOrDefault(id, 0L))).max().orElse(0);
            long analysed = measuredIds.stream().filter(analysedAt::containsKey).count();
            long review = measuredIds.stream().filter(reviewAt::containsKey).count();
            double drainSeconds = (last - measuredStart) / 1e3;
            double drainRate = last > 0 ? done(measuredIds) / drainSeconds : Double.NaN;
            json.put("uploadedClaims", measuredIds.size()).put("analysed", analysed).put("sentToReview", review)
                    .put("analysisDrainedSeconds", drainSeconds).put("analysedClaimsPerSecond", drainRate);
            if (!measuredIds.isEmpty()) {
                report.row("  background analysis of the measured uploads (analysed / to review)", String.format(
                        "%,d / %,d of %,d, %s claims/s", analysed, review, measuredIds.size(), Report.number(drainRate)));
            }
        }
    }

    private long done(Set<String> ids) {
        return ids.stream().filter(id -> analysedAt.containsKey(id) || reviewAt.containsKey(id)).count();
    }

    private static String contractOf(Api.Token member) {
        String token = member.bearer().substring("Bearer ".length());
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Api.parse(payload).path("contract").asString("CT-000001");
    }

    private List<Attempt> load(boolean gateway, Api.Token member, String contract, List<byte[]> pdfs, int concurrency)
            throws InterruptedException {
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int t = 0; t < concurrency; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < pdfs.size(); i = next.getAndIncrement()) {
                        attempts.add(upload(gateway, member, contract, pdfs.get(i), i));
                    }
                });
            }
        }
        return new ArrayList<>(attempts);
    }

    private Attempt upload(boolean gateway, Api.Token member, String contract, byte[] pdf, int index) {
        String boundary = "bench-" + UUID.randomUUID();
        String claim = "{\"contractNumber\":\"" + contract + "\",\"documents\":[{\"type\":\"Facture dentaire\"}]}";
        ByteArrayOutputStream body = new ByteArrayOutputStream(pdf.length + 600);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"claim\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + claim + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"facture-" + index + ".pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = api.request((gateway ? api.gateway : intakeUrl) + "/api/v1/claims")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (gateway) {
            request.header("Authorization", member.bearer());
        } else {
            request.header("X-Member-Contract", contract);
        }
        HttpRequest built = request.build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = api.http.send(built, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            String claimId = null;
            if (response.statusCode() == 202) {
                claimId = Api.parse(response.body()).path("claimId").asString(null);
            }
            return new Attempt(response.statusCode(), nanos, claimId, response.body());
        } catch (IOException e) {
            return new Attempt(-1, System.nanoTime() - start, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(-1, System.nanoTime() - start, null, "interrupted");
        }
    }

    /** A one-page dental invoice with a text layer, laid out as document-intake's TestDocuments.textPdf does. */
    static byte[] invoice(String number) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A4.getHeight() - 60;
                for (String template : INVOICE) {
                    String line = template.contains("%s") ? String.format(template, number) : template;
                    String[] cells = line.split("\\s*\\|\\s*", -1);
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i].isBlank()) {
                            continue;
                        }
                        content.beginText();
                        content.setFont(font, cells.length > 1 ? 8 : 11);
                        content.newLineAtOffset(cells.length > 1 ? COLUMNS[i] : COLUMNS[0], y);
                        content.showText(cells[i].strip());
                        content.endText();
                    }
                    y -= 20;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
