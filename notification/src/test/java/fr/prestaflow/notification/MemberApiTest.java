package fr.prestaflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.notification.timeline.ClaimStatus;
import fr.prestaflow.testsupport.AuditLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member API over HTTP, on claims built by events through the real broker. */
class MemberApiTest extends NotificationTest {

    @LocalServerPort int port;
    @Autowired DataSource database;
    @Autowired JsonMapper jsonMapper;

    @Test
    void a_request_without_member_or_ops_identity_is_unauthenticated() {
        MvcTestResult result = mvc.get().uri("/api/v1/claims").exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void staff_other_than_ops_may_not_read_members_claims() {
        MvcTestResult result = mvc.get().uri("/api/v1/claims").header("X-Role", "INTEGRATOR").exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void ops_name_the_contract_of_the_statement_they_ask_for() {
        MvcTestResult result = mvc.get().uri("/api/v1/statements").header("X-Role", "OPS").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CONTRACT_REQUIRED");
    }

    @Test
    void the_list_shows_the_member_s_claims_of_the_last_90_days_newest_first() {
        Member member = newMember();
        UUID older = receivedClaim(member, Duration.ofDays(10));
        UUID newer = receivedClaim(member, Duration.ofDays(1));
        receivedClaim(member, Duration.ofDays(120));
        receivedClaim(newMember(), Duration.ofDays(2));

        MvcTestResult result = memberGet(member, "/api/v1/claims");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.items[*].claimId")
                .asArray().containsExactly(newer.toString(), older.toString());
        assertThat(result).bodyJson().extractingPath("$.items[0].statusLabel").isEqualTo("Demande reçue");
    }

    @Test
    void the_list_filters_by_dates_care_type_beneficiary_and_status_and_pages() {
        Member member = newMember();
        UUID consultation = adjudicatedClaim(member, Duration.ofDays(5));
        UUID glasses = UUID.randomUUID();
        publish(ADJUDICATION, opticsAdjudicated(glasses, member, ago(Duration.ofDays(20))));
        awaitStatus(glasses, ClaimStatus.ADJUDICATED);
        UUID child = UUID.randomUUID();
        publish(INTAKE, new ClaimReceived(child, ago(Duration.ofDays(30)), Channel.UPLOAD,
                new BeneficiaryRef(member.contract(), "290057505612346", LocalDate.parse("2015-05-01"), 3), "test"));
        awaitStatus(child, ClaimStatus.RECEIVED);

        assertThat(ids(member, "/api/v1/claims?careType=OPTICS_FRAME")).containsExactly(glasses.toString());
        assertThat(ids(member, "/api/v1/claims?beneficiary=3")).containsExactly(child.toString());
        assertThat(ids(member, "/api/v1/claims?beneficiary=" + NIR)).containsExactly(consultation.toString(), glasses.toString());
        assertThat(ids(member, "/api/v1/claims?status=RECEIVED")).containsExactly(child.toString());
        assertThat(ids(member, "/api/v1/claims?from=2026-02-20&to=2026-02-28")).containsExactly(glasses.toString());
        assertThat(ids(member, "/api/v1/claims?size=1&page=1")).containsExactly(glasses.toString());
        assertThat(memberGet(member, "/api/v1/claims?size=1&page=1")).bodyJson().extractingPath("$.total").isEqualTo(3);
    }

    @Test
    void a_list_with_a_period_ending_before_it_starts_is_refused() {
        MvcTestResult result = memberGet(newMember(), "/api/v1/claims?from=2026-03-10&to=2026-03-01");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PERIOD");
    }

    @Test
    void a_page_of_more_than_100_claims_is_refused() {
        MvcTestResult result = memberGet(newMember(), "/api/v1/claims?size=500");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void the_detail_shows_the_timeline_and_each_line_with_its_amounts_and_reasons() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(2))));
        awaitStatus(claimId, ClaimStatus.RECEIVED);
        publish(ADJUDICATION, opticsAdjudicated(claimId, member, ago(Duration.ofDays(1))));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        MvcTestResult result = memberGet(member, "/api/v1/claims/" + claimId);

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.status").isEqualTo("ADJUDICATED");
        json.extractingPath("$.history[*].status").asArray().containsExactly("RECEIVED", "ADJUDICATED");
        json.extractingPath("$.expectedPaymentDate").isEqualTo("2026-03-22");
        json.extractingPath("$.amounts.mutuelle.cents").isEqualTo(1840);
        json.extractingPath("$.lines[0].careTypeLabel").isEqualTo("Monture de lunettes");
        json.extractingPath("$.lines[0].explanations[2].text").isEqualTo("Remboursement de la monture limité à 100 €.");
        json.extractingPath("$.lines[1].rejection.code").isEqualTo("RENEWAL_PERIOD_NOT_ELAPSED");
        json.extractingPath("$.lines[1].rejection.whatToDo").asString().startsWith("Si votre vue a changé");
        json.extractingPath("$.beneficiary.maskedNir").isEqualTo("1 85 •••••••• 87");
    }

    @Test
    void another_member_s_claim_is_not_found_but_ops_can_read_it() {
        Member owner = newMember();
        UUID claimId = receivedClaim(owner, Duration.ofDays(1));

        MvcTestResult someoneElse = memberGet(newMember(), "/api/v1/claims/" + claimId);
        MvcTestResult ops = mvc.get().uri("/api/v1/claims/" + claimId).header("X-Role", "OPS").exchange();
        MvcTestResult unknown = memberGet(owner, "/api/v1/claims/" + UUID.randomUUID());

        assertThat(someoneElse).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(someoneElse).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_NOT_FOUND");
        assertThat(unknown).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_NOT_FOUND");
        assertThat(ops).hasStatusOk();
    }

    @Test
    void the_live_stream_sends_the_current_status_then_each_new_one() throws Exception {
        Member member = newMember();
        UUID claimId = receivedClaim(member, Duration.ofDays(1));
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/claims/" + claimId + "/events"))
                .header("X-Member-Contract", member.contract()).header("Accept", "text/event-stream").build();

        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            Thread reader = Thread.ofVirtual().start(() -> response.body().forEach(lines::add));
            try {
                eventually().until(() -> lines.stream().anyMatch(l -> l.contains("\"status\":\"RECEIVED\"")));
                publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(1)), null));

                eventually().until(() -> lines.stream().anyMatch(l -> l.contains("\"status\":\"ADJUDICATED\"")));
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/event-stream"));
                assertThat(lines).contains("event:status").filteredOn(l -> l.startsWith("data:")).hasSize(2);
                assertThat(lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                        .contains("\"label\":\"Demande reçue\"");
            } finally {
                reader.interrupt();
                client.shutdownNow();
            }
        }
    }

    @Test
    void the_live_stream_of_another_member_s_claim_is_not_found() {
        UUID claimId = receivedClaim(newMember(), Duration.ofDays(1));

        MvcTestResult result = mvc.get().uri("/api/v1/claims/" + claimId + "/events")
                .header("X-Member-Contract", newMember().contract()).accept(MediaType.TEXT_EVENT_STREAM).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_NOT_FOUND");
    }

    @Test
    void an_ops_agent_s_reads_of_a_member_s_claims_statement_and_preferences_are_audited() {
        Member member = newMember();
        UUID claimId = receivedClaim(member, Duration.ofDays(1));
        putPreferences(member, """
                {"email": "%s", "channels": ["EMAIL"], "optOut": false}""".formatted(member.email()));
        String agent = AuditLog.newAgent();

        assertThat(opsGet(agent, "/api/v1/claims?contract=" + member.contract())).hasStatusOk();
        assertThat(opsGet(agent, "/api/v1/claims/" + claimId)).hasStatusOk();
        assertThat(opsGet(agent, "/api/v1/statements?from=2026-03-01&to=2026-03-16&contract=" + member.contract()))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/notification-preferences?contract=" + member.contract()).header("X-Role", "OPS")
                .header("X-Agent", agent).header("X-Access-Reason", "SUPPORT_TICKET").exchange()).hasStatusOk();

        String contract = member.contract();
        assertThat(AuditLog.entriesOf(database, agent)).containsExactly(
                "READ claim listing page 0 " + contract + " MEMBER_REQUEST",
                "READ claim " + claimId + " " + contract + " MEMBER_REQUEST",
                "EXPORT statement 2026-03-01..2026-03-16 " + contract + " MEMBER_REQUEST",
                "READ notification-preferences " + contract + " " + contract + " SUPPORT_TICKET");
    }

    @Test
    void an_ops_listing_across_contracts_is_audited_once_for_each_member_it_showed() throws IOException {
        receivedClaim(newMember(), Duration.ofDays(1));
        receivedClaim(newMember(), Duration.ofDays(1));
        String agent = AuditLog.newAgent();

        MvcTestResult listing = opsGet(agent, "/api/v1/claims?size=100");

        assertThat(listing).hasStatusOk();
        List<UUID> shown = new ArrayList<>();
        for (JsonNode item : jsonMapper.readTree(listing.getResponse().getContentAsString()).get("items")) {
            shown.add(UUID.fromString(item.get("claimId").asString()));
        }
        List<String> members = JdbcClient.create(database)
                .sql("select distinct contract_number from claim_timeline where claim_id = any(:ids) order by contract_number")
                .param("ids", shown.toArray(UUID[]::new)).query(String.class).list();
        assertThat(members).hasSizeGreaterThanOrEqualTo(2);
        assertThat(AuditLog.entriesOf(database, agent)).containsExactlyElementsOf(members.stream()
                .map(contract -> "READ claim listing page 0 of every contract " + contract + " MEMBER_REQUEST").toList());
    }

    @Test
    void a_member_s_reads_of_their_own_claims_statement_and_preferences_are_not_audited() {
        Member member = newMember();
        UUID claimId = receivedClaim(member, Duration.ofDays(1));

        assertThat(memberGet(member, "/api/v1/claims")).hasStatusOk();
        assertThat(memberGet(member, "/api/v1/claims/" + claimId)).hasStatusOk();
        assertThat(memberGet(member, "/api/v1/statements?from=2026-03-01&to=2026-03-16")).hasStatusOk();
        assertThat(putPreferences(member, """
                {"email": "%s", "channels": ["EMAIL"], "optOut": false}""".formatted(member.email()))).hasStatus(201);
        assertThat(memberGet(member, "/api/v1/notification-preferences")).hasStatusOk();

        assertThat(AuditLog.entriesAbout(database, member.contract())).isEmpty();
    }

    @Test
    void the_statement_lists_the_member_s_claims_of_the_period_with_amounts() throws IOException {
        Member member = newMember();
        UUID glasses = UUID.randomUUID();
        publish(ADJUDICATION, opticsAdjudicated(glasses, member, ago(Duration.ofDays(3))));
        awaitStatus(glasses, ClaimStatus.ADJUDICATED);
        UUID consultation = adjudicatedClaim(member, Duration.ofDays(2));
        UUID outside = receivedClaim(member, Duration.ofDays(40));
        receivedClaim(newMember(), Duration.ofDays(2));

        MvcTestResult result = memberGet(member, "/api/v1/statements?from=2026-03-01&to=2026-03-16");

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("releve-prestations-2026-03-01-2026-03-16.pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Relevé de prestations").contains("Contrat : " + member.contract())
                .contains("Période : du 01/03/2026 au 16/03/2026")
                .contains(reference(glasses)).contains(reference(consultation)).doesNotContain(reference(outside))
                .contains("Monture de lunettes").contains("18,40 €").contains("210,00 €")
                .contains("Consultation de médecin généraliste").contains("9,00 €")
                .contains("Total").contains("27,40 €").contains("2 demande(s)");
    }

    @Test
    void a_statement_with_a_period_over_a_year_is_refused() {
        MvcTestResult result = mvc.get().uri("/api/v1/statements?from=2024-01-01&to=2026-03-01")
                .header("X-Member-Contract", newMember().contract()).accept(MediaType.APPLICATION_PDF).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PERIOD");
    }

    @Test
    void preferences_are_created_by_the_first_put_and_replaced_by_the_next() {
        Member member = newMember();
        MvcTestResult before = memberGet(member, "/api/v1/notification-preferences");

        MvcTestResult created = putPreferences(member, """
                {"email": "%s", "channels": ["EMAIL"], "optOut": false}""".formatted(member.email()));
        MvcTestResult replaced = putPreferences(member, """
                {"email": "%s", "phone": "+33612345678", "channels": ["EMAIL", "SMS"], "optOut": false}"""
                .formatted(member.email()));
        MvcTestResult after = memberGet(member, "/api/v1/notification-preferences");

        assertThat(before).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(before).bodyJson().extractingPath("$.code").isEqualTo("PREFERENCES_NOT_FOUND");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(replaced).hasStatusOk();
        assertThat(after).bodyJson().extractingPath("$.channels").asArray().containsExactlyInAnyOrder("EMAIL", "SMS");
        assertThat(after).bodyJson().extractingPath("$.phone").isEqualTo("+33612345678");
    }

    @Test
    void preferences_with_sms_but_no_phone_or_a_bad_e_mail_are_refused() {
        Member member = newMember();

        MvcTestResult noPhone = putPreferences(member, """
                {"email": "%s", "channels": ["SMS"], "optOut": false}""".formatted(member.email()));
        MvcTestResult badEmail = putPreferences(member, """
                {"email": "not an address", "channels": ["EMAIL"], "optOut": false}""");

        assertThat(noPhone).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noPhone).bodyJson().extractingPath("$.code").isEqualTo("CONTACT_MISSING_FOR_CHANNEL");
        assertThat(badEmail).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(badEmail).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
    }

    private UUID receivedClaim(Member member, Duration ago) {
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(ago)));
        awaitStatus(claimId, ClaimStatus.RECEIVED);
        return claimId;
    }

    private UUID adjudicatedClaim(Member member, Duration ago) {
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.NOEMIE, ago(ago), null));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);
        return claimId;
    }

    private List<Object> ids(Member member, String uri) {
        MvcTestResult result = memberGet(member, uri);
        assertThat(result).hasStatusOk();
        String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        return com.jayway.jsonpath.JsonPath.read(body, "$.items[*].claimId");
    }

    private MvcTestResult opsGet(String agent, String uri) {
        return mvc.get().uri(uri).header("X-Role", "OPS").header("X-Agent", agent).exchange();
    }

    private MvcTestResult memberGet(Member member, String uri) {
        return mvc.get().uri(uri).header("X-Member-Contract", member.contract()).exchange();
    }

    private MvcTestResult putPreferences(Member member, String json) {
        return mvc.put().uri("/api/v1/notification-preferences").header("X-Member-Contract", member.contract())
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static String reference(UUID claimId) {
        return "PF-" + claimId.toString().substring(0, 8).toUpperCase();
    }
}
