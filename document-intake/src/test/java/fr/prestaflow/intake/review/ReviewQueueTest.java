package fr.prestaflow.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.testsupport.AuditLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class ReviewQueueTest extends IntakeIntegrationTest {

    private static final String AGENT_A = "agent-a";
    private static final String AGENT_B = "agent-b";

    @LocalServerPort
    int port;

    @Autowired DataSource database;

    @Test
    void the_queue_is_reserved_to_operations_agents() {
        UUID claimId = UUID.randomUUID();

        assertThat(mvc.get().uri("/api/v1/review-queue").header(Caller.MEMBER_CONTRACT_HEADER, newContract()))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(mvc.get().uri("/api/v1/review-queue/{id}", claimId)).hasStatus(401)
                .bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
        assertThat(mvc.post().uri("/api/v1/review-queue/{id}/take", claimId).header(Caller.AGENT_HEADER, AGENT_A))
                .hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/review-queue").header(Caller.ROLE_HEADER, "OPS,SUPERVISOR")).hasStatus(200);
        assertThat(mvc.post().uri("/api/v1/review-queue/{id}/take", claimId).header(Caller.ROLE_HEADER, "OPS"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("AGENT_REQUIRED");
    }

    @Test
    void the_queue_lists_claims_oldest_first_with_documents_fields_issues_and_proposed_lines() {
        String member = newContract();
        UUID older = claimInReview(member);
        clock.advance(Duration.ofHours(1));
        UUID newer = claimInReview(member);

        JsonNode page = queue("contract=" + member);

        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("items").valueStream().map(item -> item.get("claimId").asString()))
                .containsExactly(older.toString(), newer.toString());
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("memberContract").asString()).isEqualTo(member);
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        JsonNode document = item.get("documents").get(0);
        assertThat(document.get("href").asString()).isEqualTo("/api/v1/documents/" + document.get("documentId").asString());
        JsonNode analysed = item.get("analysis").get("documents").get(0);
        assertThat(analysed.get("fields").get("billedAmounts").get(0).get("value").asLong())
                .isEqualTo(TestDocuments.DENTAL_BILLED_CENTS);
        assertThat(analysed.get("fields").get("billedAmounts").get(0).get("confidence").asInt()).isPositive();
        assertThat(analysed.get("issues").get(0).get("kind").asString()).isEqualTo("CONTRADICTS_MEMBER");
        assertThat(analysed.get("proposedLines").get(0).get("confidence").get("CARE_DATE").asInt()).isPositive();
        assertThat(item.get("proposedLines").get(0).get("billedCents").asLong()).isEqualTo(TestDocuments.DENTAL_BILLED_CENTS);
        assertThat(item.get("memberHints").get(0).get("paidCents").asLong()).isEqualTo(60_000);
    }

    @Test
    void the_queue_filters_by_status_document_type_and_reception_day_and_is_paginated() {
        String member = newContract();
        UUID dental = claimInReview(member);
        take(dental, AGENT_A);
        clock.advance(Duration.ofDays(2));
        UUID osteopath = submitted(member, UploadRequest.forContract(member)
                .document("Facture médecine douce", "osteo.pdf", TestDocuments.osteopathInvoicePdf())
                .declares(TestDocuments.OSTEOPATH_CARE_DATE, "ALTERNATIVE_MEDICINE", 5_000));
        awaitStatus(osteopath, "IN_REVIEW");
        take(dental, AGENT_A);

        assertThat(claimIds("contract=" + member + "&status=TAKEN")).containsExactly(dental.toString());
        assertThat(claimIds("contract=" + member + "&status=OPEN")).containsExactly(osteopath.toString());
        assertThat(claimIds("contract=" + member + "&documentType=Facture dentaire")).containsExactly(dental.toString());
        assertThat(claimIds("contract=" + member + "&from=2025-07-02")).containsExactly(osteopath.toString());
        assertThat(claimIds("contract=" + member + "&to=2025-07-01")).containsExactly(dental.toString());
        JsonNode secondPage = queue("contract=" + member + "&size=1&page=1");
        assertThat(secondPage.get("totalItems").asLong()).isEqualTo(2);
        assertThat(secondPage.get("items").valueStream().map(item -> item.get("claimId").asString()))
                .containsExactly(osteopath.toString());
        assertThat(ops(mvc.get().uri("/api/v1/review-queue?status=DONE"))).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void two_agents_cannot_take_the_same_claim() {
        UUID claimId = claimInReview(newContract());

        MvcTestResult first = take(claimId, AGENT_A);
        MvcTestResult second = take(claimId, AGENT_B);

        assertThat(first).hasStatus(200);
        assertThat(body(first).get("status").asString()).isEqualTo("TAKEN");
        assertThat(body(first).get("takenBy").asString()).isEqualTo(AGENT_A);
        assertThat(second).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(second);
        assertThat(problem.get("code").asString()).isEqualTo("CLAIM_TAKEN_BY_ANOTHER_AGENT");
        assertThat(problem.get("takenBy").asString()).isEqualTo(AGENT_A);
        assertThat(problem.get("detail").asString()).contains(AGENT_A);
    }

    @Test
    void of_two_agents_taking_a_claim_at_the_same_moment_exactly_one_wins() throws Exception {
        UUID claimId = claimInReview(newContract());
        URI take = URI.create("http://localhost:" + port + "/api/v1/review-queue/" + claimId + "/take");

        List<HttpResponse<String>> responses;
        try (HttpClient client = HttpClient.newHttpClient()) {
            var first = client.sendAsync(takeRequest(take, AGENT_A), HttpResponse.BodyHandlers.ofString());
            var second = client.sendAsync(takeRequest(take, AGENT_B), HttpResponse.BodyHandlers.ofString());
            responses = List.of(first.join(), second.join());
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        String winner = body(ops(mvc.get().uri("/api/v1/review-queue/{id}", claimId))).get("takenBy").asString();
        HttpResponse<String> loser = responses.stream().filter(response -> response.statusCode() == 409).findFirst()
                .orElseThrow();
        assertThat(json.readTree(loser.body()).get("takenBy").asString()).isEqualTo(winner);
    }

    private static HttpRequest takeRequest(URI take, String agent) {
        return HttpRequest.newBuilder(take).header(Caller.ROLE_HEADER, "OPS").header(Caller.AGENT_HEADER, agent)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    @Test
    void a_take_expires_after_the_configured_time() {
        UUID claimId = claimInReview(newContract());
        take(claimId, AGENT_A);

        clock.advance(Duration.ofMinutes(31));
        MvcTestResult later = take(claimId, AGENT_B);

        assertThat(later).hasStatus(200);
        assertThat(body(later).get("takenBy").asString()).isEqualTo(AGENT_B);
    }

    @Test
    void only_the_agent_who_took_the_claim_decides_it() {
        UUID claimId = claimInReview(newContract());

        MvcTestResult untaken = decide(claimId, AGENT_A, rejection("ILLEGIBLE", null));
        take(claimId, AGENT_A);
        MvcTestResult byAnother = decide(claimId, AGENT_B, rejection("ILLEGIBLE", null));

        assertThat(untaken).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_NOT_TAKEN");
        assertThat(byAnother).hasStatus(409).bodyJson().extractingPath("$.code")
                .isEqualTo("CLAIM_TAKEN_BY_ANOTHER_AGENT");
        assertThat(claimStatus(claimId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void completing_a_claim_sends_its_care_lines_and_takes_it_out_of_the_queue() {
        String member = newContract();
        UUID claimId = claimInReview(member);
        take(claimId, AGENT_A);

        MvcTestResult decided = decide(claimId, AGENT_A, completion(List.of(dentalLine(1))));

        assertThat(decided).hasStatus(200);
        assertThat(body(decided).get("status").asString()).isEqualTo("ANALYSED");
        ClaimAnalysed analysed = awaitDecoded(claimId, ClaimAnalysed.class);
        assertThat(analysed.correction()).isFalse();
        assertThat(analysed.source()).isEqualTo("upload:" + claimId);
        assertThat(analysed.beneficiary().contractNumber()).isEqualTo(member);
        assertThat(analysed.lines()).containsExactly(new CareLine(1, TestDocuments.DENTAL_CARE_DATE,
                CareCategory.DENTAL_PROSTHESIS, "HBLD634", "10101234567", true, 1, 60_000, 12_000, 60, null, null, null,
                Basket.MODERATE, null));
        assertThat(claimStatus(claimId)).isEqualTo("ANALYSED");
        assertThat(claimIds("contract=" + member)).isEmpty();
        JsonNode item = body(ops(mvc.get().uri("/api/v1/review-queue/{id}", claimId)));
        assertThat(item.get("status").asString()).isEqualTo("DECIDED");
        assertThat(item.get("decision").get("decidedBy").asString()).isEqualTo(AGENT_A);
    }

    @Test
    void a_decided_claim_cannot_be_decided_or_taken_again() {
        UUID claimId = claimInReview(newContract());
        take(claimId, AGENT_A);
        decide(claimId, AGENT_A, completion(List.of(dentalLine(1))));

        MvcTestResult again = decide(claimId, AGENT_A, rejection("DUPLICATE", null));
        MvcTestResult takenAgain = take(claimId, AGENT_B);

        assertThat(again).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_ALREADY_DECIDED");
        assertThat(takenAgain).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_ALREADY_DECIDED");
    }

    @Test
    void care_lines_against_the_care_line_rules_are_refused_line_by_line() {
        UUID claimId = claimInReview(newContract());
        take(claimId, AGENT_A);
        Map<String, Object> first = dentalLine(1);
        first.put("careCategory", "DENTAL_CARE");
        first.put("practitionerId", "12345");
        Map<String, Object> second = dentalLine(3);
        second.put("amoRatePercent", 120);
        second.put("billedCents", -1);
        second.put("side", "LEFT");
        second.put("careDate", "12/06/2025");

        MvcTestResult result = decide(claimId, AGENT_A, completion(List.of(first, second)));

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(body(result).get("errors").valueStream()
                .map(error -> error.get("line").asInt() + " " + error.get("field").asString()))
                .containsExactlyInAnyOrder("1 lines[0].basket", "1 lines[0].practitionerId", "2 lines[1].lineNumber",
                        "2 lines[1].amoRatePercent", "2 lines[1].billedCents", "2 lines[1].side", "2 lines[1].careDate");
        assertThat(claimStatus(claimId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void rejecting_a_claim_tells_the_member_why() {
        UUID claimId = claimInReview(newContract());
        take(claimId, AGENT_A);

        MvcTestResult decided = decide(claimId, AGENT_A, rejection("ILLEGIBLE", "Le montant est masqué par un pli."));

        assertThat(decided).hasStatus(200);
        ClaimRejected rejected = awaitDecoded(claimId, ClaimRejected.class);
        assertThat(rejected.stage()).isEqualTo("review");
        assertThat(rejected.codes()).containsExactly("ILLEGIBLE");
        assertThat(rejected.reason()).isEqualTo("Le document envoyé n'est pas lisible. Le montant est masqué par un pli.");
        assertThat(claimStatus(claimId)).isEqualTo("REJECTED");
    }

    @Test
    void a_rejection_needs_a_known_reason_code() {
        UUID claimId = claimInReview(newContract());
        take(claimId, AGENT_A);

        MvcTestResult result = decide(claimId, AGENT_A, rejection("BORING", null));

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reasonCode");
    }

    @Test
    void every_access_of_an_agent_to_the_queue_is_audited_with_the_member_concerned() {
        String member = newContract();
        UUID claimId = claimInReview(member);
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/review-queue?contract=" + member).header(Caller.ROLE_HEADER, "OPS")
                .header(Caller.AGENT_HEADER, agent)).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/review-queue/{id}", claimId).header(Caller.ROLE_HEADER, "OPS")
                .header(Caller.AGENT_HEADER, agent).header("X-Access-Reason", "FRAUD_CHECK")).hasStatus(200);
        assertThat(take(claimId, agent)).hasStatus(200);
        assertThat(decide(claimId, agent, rejection("ILLEGIBLE", null))).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent)).containsExactly(
                "READ review-item listing page 0 " + member + " CLAIM_REVIEW",
                "READ review-item " + claimId + " " + member + " FRAUD_CHECK",
                "UPDATE review-item " + claimId + " " + member + " CLAIM_REVIEW",
                "DECISION review-item " + claimId + " " + member + " CLAIM_REVIEW");
    }

    @Test
    void a_refused_take_or_decision_leaves_no_audit_entry() {
        UUID claimId = claimInReview(newContract());
        String agent = AuditLog.newAgent();
        take(claimId, AGENT_A);

        assertThat(take(claimId, agent)).hasStatus(409);
        assertThat(decide(claimId, agent, rejection("ILLEGIBLE", null))).hasStatus(409);

        assertThat(AuditLog.entriesOf(database, agent)).isEmpty();
    }

    @Test
    void a_claim_that_is_not_in_the_queue_is_not_found() {
        assertThat(ops(mvc.get().uri("/api/v1/review-queue/{id}", UUID.randomUUID()))).hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("CLAIM_NOT_IN_REVIEW");
    }

    private MvcTestResult take(UUID claimId, String agent) {
        return ops(mvc.post().uri("/api/v1/review-queue/{id}/take", claimId).header(Caller.AGENT_HEADER, agent));
    }

    private MvcTestResult decide(UUID claimId, String agent, Map<String, Object> decision) {
        return ops(mvc.post().uri("/api/v1/review-queue/{id}/decision", claimId).header(Caller.AGENT_HEADER, agent)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(decision)));
    }

    private MvcTestResult ops(MockMvcRequestBuilder request) {
        return request.header(Caller.ROLE_HEADER, "OPS").exchange();
    }

    private JsonNode queue(String query) {
        MvcTestResult result = ops(mvc.get().uri("/api/v1/review-queue?" + query));
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private List<String> claimIds(String query) {
        return queue(query).get("items").valueStream().map(item -> item.get("claimId").asString()).toList();
    }

    private static Map<String, Object> completion(List<Map<String, Object>> lines) {
        return Map.of("action", "COMPLETE", "lines", lines);
    }

    private static Map<String, Object> rejection(String code, String comment) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("action", "REJECT");
        decision.put("reasonCode", code);
        if (comment != null) {
            decision.put("comment", comment);
        }
        return decision;
    }

    private static Map<String, Object> dentalLine(int lineNumber) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineNumber", lineNumber);
        line.put("careDate", TestDocuments.DENTAL_CARE_DATE.toString());
        line.put("careCategory", "DENTAL_PROSTHESIS");
        line.put("actCode", "HBLD634");
        line.put("practitionerId", "10101234567");
        line.put("practitionerOptam", true);
        line.put("quantity", 1);
        line.put("billedCents", 60_000);
        line.put("baseCents", 12_000);
        line.put("amoRatePercent", 60);
        line.put("basket", "MODERATE");
        return line;
    }
}
