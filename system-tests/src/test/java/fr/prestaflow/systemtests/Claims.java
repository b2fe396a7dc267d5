package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Gateway.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.systemtests.Gateway.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Following claims the way members and ops do: the member's timeline (notification, GET /api/v1/claims...), the
 * adjudication ops see, and the payment orders and SEPA batches of payment. Waits are Awaitility polls; a claim that
 * reaches another final status than the one awaited fails at once, with what the member sees.
 */
final class Claims {

    /** How long one step of the pipeline may take on a loaded two-core machine. */
    static final Duration STEP = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Set<String> FINAL = Set.of("REJECTED", "PAYMENT_FAILED", "REIMBURSED");
    private static final Map<UUID, String> SOURCES = new ConcurrentHashMap<>();

    private Claims() {
    }

    /** The member's view of a claim, or null while notification does not know it yet (404). */
    static JsonNode timeline(String member, UUID claimId) {
        Answer answer = Gateway.get(member, "/api/v1/claims/" + claimId);
        if (answer.status() == 404) {
            return null;
        }
        return answer.expect(200).json();
    }

    /**
     * Waits until the member's timeline shows the claim in {@code status}, or past it (its history has the step, e.g.
     * ADJUDICATED once REIMBURSED); returns what the member then sees.
     */
    static JsonNode awaitStatus(String member, UUID claimId, String status) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await(claimId + " " + status).atMost(STEP).pollInterval(POLL).untilAsserted(() -> {
            JsonNode claim = timeline(member, claimId);
            assertThat(claim).as("claim %s in %s's timeline", claimId, member).isNotNull();
            seen.set(claim);
            String current = claim.get("status").asString();
            boolean reached = current.equals(status) || history(claim).contains(status);
            if (!reached && FINAL.contains(current)) {
                throw new IllegalStateException("Claim " + claimId + " is " + current + ", not " + status + ": " + claim);
            }
            assertThat(reached).as("claim %s reached %s: %s", claimId, status, claim).isTrue();
        });
        return seen.get();
    }

    /** The dated steps the member sees, oldest first. */
    static List<String> history(JsonNode claim) {
        List<String> steps = new ArrayList<>();
        claim.get("history").forEach(step -> steps.add(step.get("status").asString()));
        return steps;
    }

    /** The adjudication of a claim as ops see it, or null before adjudication. */
    static JsonNode adjudication(UUID claimId) {
        Answer answer = Gateway.get(OPS, "/api/v1/adjudications/" + claimId);
        if (answer.status() == 404) {
            return null;
        }
        return answer.expect(200).json();
    }

    /**
     * The claim made of a décompte (its source noemie:&lt;sender&gt;/&lt;fileId&gt;/&lt;decompteId&gt;): found among the
     * member's teletransmitted claims received since {@code since}, by the source adjudication recorded.
     */
    static UUID awaitClaimOfSource(String member, Instant since, String source) {
        AtomicReference<UUID> found = new AtomicReference<>();
        await("claim of " + source).atMost(STEP).pollInterval(POLL).untilAsserted(() -> {
            for (UUID claimId : claimsSince(member, since, "NOEMIE")) {
                String known = SOURCES.get(claimId);
                if (known == null) {
                    JsonNode adjudication = adjudication(claimId);
                    if (adjudication != null && !adjudication.path("source").isNull()) {
                        known = adjudication.path("source").asString();
                        SOURCES.put(claimId, known);
                    }
                }
                if (source.equals(known)) {
                    found.set(claimId);
                }
            }
            assertThat(found.get()).as("an adjudicated claim of %s with source %s", member, source).isNotNull();
        });
        return found.get();
    }

    /** The member's claims of a channel received since {@code since}, newest first. */
    static List<UUID> claimsSince(String member, Instant since, String channel) {
        JsonNode page = Gateway.get(member, "/api/v1/claims?size=100").expect(200).json();
        List<UUID> claims = new ArrayList<>();
        for (JsonNode claim : page.get("items")) {
            if (channel.equals(claim.path("channel").asString())
                    && !Instant.parse(claim.get("receivedAt").asString()).isBefore(since)) {
                claims.add(UUID.fromString(claim.get("claimId").asString()));
            }
        }
        return claims;
    }

    /** The payment orders of a claim, newest first (ops). */
    static JsonNode paymentOrders(UUID claimId) {
        return Gateway.get(OPS, "/api/v1/payment-orders?claimId=" + claimId).expect(200).json();
    }

    /**
     * Waits for the claim's payment order and its transfer: a READY order is put in a SEPA batch at once by ops (POST
     * /api/v1/payment-batches) rather than waiting for the scheduled batch; the local stack's simulated bank answers
     * each batch with a pain.002. Returns the PAID order.
     */
    static JsonNode awaitPaid(UUID claimId) {
        AtomicReference<JsonNode> paid = new AtomicReference<>();
        await("transfer of " + claimId).atMost(STEP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode orders = paymentOrders(claimId);
            assertThat(orders).as("payment orders of claim %s", claimId).isNotEmpty();
            JsonNode latest = orders.get(0);
            String status = latest.get("status").asString();
            if (status.equals("FAILED") || status.equals("AWAITING_BANK_ACCOUNT")) {
                throw new IllegalStateException("Payment order of claim " + claimId + " is " + status + ": " + latest);
            }
            if (status.equals("READY")) {
                Answer batch = Gateway.post(OPS, "/api/v1/payment-batches");
                assertThat(batch.status()).as("batch on demand: %s", batch).isIn(201, 204);
            }
            paid.set(latest);
            assertThat(status).as("payment order %s", latest).isEqualTo("PAID");
        });
        return paid.get();
    }

    static long cents(JsonNode money) {
        assertThat(money).as("an amount").isNotNull();
        assertThat(money.isNull()).as("an amount, not null").isFalse();
        return money.get("cents").asLong();
    }
}
