package fr.prestaflow.intake.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.platform.web.Caller;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A burst of member uploads through the real server must not exhaust the connection pool. Once, every analysis (and
 * every GET of an upload) borrowed a connection outside any transaction and never gave it back: after about ten
 * claims HikariCP stood at active=10 for good, analyses stopped and every request failed after 30 s.
 */
class ConcurrentUploadTest extends IntakeIntegrationTest {

    private static final int UPLOADS = 30;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void a_burst_of_concurrent_uploads_is_all_analysed_and_every_connection_goes_back_to_the_pool() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        Map<UUID, String> claims = new LinkedHashMap<>();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService members = Executors.newFixedThreadPool(UPLOADS)) {
            List<String> contracts = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                String member = newContract();
                contracts.add(member);
                responses.add(CompletableFuture.supplyAsync(() -> upload(client, member), members));
            }
            for (int i = 0; i < UPLOADS; i++) {
                HttpResponse<String> answer = responses.get(i).get();
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                claims.put(UUID.fromString(json.readTree(answer.body()).get("claimId").asString()), contracts.get(i));
            }

            for (UUID claimId : claims.keySet()) {
                awaitStatus(claimId, "ANALYSED");
            }
            for (UUID claimId : claims.keySet()) {
                awaitEvent(claimId, ClaimAnalysed.class);
            }
            // the members look at their uploads: reads outside any transaction
            claims.forEach((claimId, member) -> {
                HttpResponse<String> own = get(client, "/api/v1/uploads/" + claimId, member);
                assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
                assertThat(json.readTree(own.body()).get("status").asString()).isEqualTo("ANALYSED");
            });

            // nothing kept for good: the relay and the workers borrow for milliseconds, so the pool empties
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(pool::getActiveConnections, active -> active == 0);
            String member = newContract();
            long started = System.nanoTime();
            HttpResponse<String> later = upload(client, member);
            assertThat(later.statusCode()).as(later.body()).isEqualTo(202);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            awaitStatus(UUID.fromString(json.readTree(later.body()).get("claimId").asString()), "ANALYSED");
        }
    }

    /** A dental invoice with the care line the member remembers, as the mobile app sends it. */
    private HttpResponse<String> upload(HttpClient client, String member) {
        String boundary = "prestaflow-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"claim\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"contractNumber\":\"" + member + "\","
                + "\"beneficiary\":{\"nir\":\"180037512345692\",\"rank\":1,\"birthDate\":\"1980-03-04\"},"
                + "\"documents\":[{\"type\":\"" + DENTAL + "\"}],"
                + "\"lines\":[{\"careDate\":\"" + TestDocuments.DENTAL_CARE_DATE + "\","
                + "\"careCategory\":\"DENTAL_PROSTHESIS\",\"paidCents\":" + TestDocuments.DENTAL_BILLED_CENTS + "}]}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"facture.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestDocuments.dentalInvoicePdf());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(client, HttpRequest.newBuilder(uri("/api/v1/claims"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(Caller.MEMBER_CONTRACT_HEADER, member)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> get(HttpClient client, String path, String member) {
        return send(client, HttpRequest.newBuilder(uri(path)).header(Caller.MEMBER_CONTRACT_HEADER, member).GET());
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
