package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail of staff access to members' data, and the supervisors' query API. Each test uses agents of its own. */
@PlatformTest
class AuditTest {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvcTester mvc;

    @Test
    void a_staff_access_is_recorded_with_who_what_and_why() {
        String agent = newAgent();

        audit.record(ops(agent, AccessReason.FRAUD_CHECK), AuditAction.READ, "claim", "c-1", "CT-000001",
                AccessReason.CLAIM_REVIEW);

        assertThat(entriesOf(agent)).containsExactly(Map.of("action", "READ", "resource_type", "claim",
                "resource_id", "c-1", "contract_number", "CT-000001", "reason", "FRAUD_CHECK", "roles", "OPS",
                "outcome", "SUCCEEDED"));
    }

    @Test
    void without_a_reason_the_endpoint_s_default_is_recorded() {
        String agent = newAgent();

        audit.record(ops(agent, null), AuditAction.READ, "claim", "c-1", "CT-000001", AccessReason.CLAIM_REVIEW);

        assertThat(entriesOf(agent)).singleElement().extracting(e -> e.get("reason")).isEqualTo("CLAIM_REVIEW");
    }

    @Test
    void a_listing_is_recorded_once_per_member_it_showed() {
        String agent = newAgent();

        audit.recordAll(ops(agent, null), AuditAction.READ, "payment-order", "status=READY",
                List.of("CT-000001", "CT-000002", "CT-000001"), AccessReason.PAYMENT_INVESTIGATION);
        audit.recordAll(ops(agent, null), AuditAction.READ, "payment-order", "status=FAILED", List.of(),
                AccessReason.PAYMENT_INVESTIGATION);

        assertThat(entriesOf(agent)).extracting(e -> e.get("resource_id") + " " + e.get("contract_number"))
                .containsExactly("status=READY CT-000001", "status=READY CT-000002", "status=FAILED null");
    }

    @Test
    void a_member_reading_their_own_data_is_not_recorded() {
        String contract = "CT-" + UUID.randomUUID();

        audit.record(Caller.member(contract), AuditAction.READ, "claim", "c-1", contract, AccessReason.MEMBER_REQUEST);

        assertThat(jdbc.sql("select count(*) from audit_event where contract_number = :c").param("c", contract)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_change_and_its_audit_entry_roll_back_together() {
        String agent = newAgent();
        UUID effect = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into test_effect (event_id, claim_id, source) values (:e, :e, 'audit')")
                    .param("e", effect).update();
            audit.record(ops(agent, null), AuditAction.UPDATE, "claim", effect, "CT-000001", AccessReason.OPERATIONS);
            status.setRollbackOnly();
        });

        assertThat(entriesOf(agent)).isEmpty();
        assertThat(jdbc.sql("select count(*) from test_effect where event_id = :e").param("e", effect)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_change_and_its_audit_entry_commit_together() {
        String agent = newAgent();
        UUID effect = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into test_effect (event_id, claim_id, source) values (:e, :e, 'audit')")
                    .param("e", effect).update();
            audit.record(ops(agent, null), AuditAction.UPDATE, "claim", effect, "CT-000001", AccessReason.OPERATIONS);
        });

        assertThat(entriesOf(agent)).hasSize(1);
    }

    @Test
    void a_read_in_a_read_only_transaction_is_recorded_all_the_same() {
        String agent = newAgent();
        var readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status ->
                audit.record(ops(agent, null), AuditAction.READ, "claim", "c-1", "CT-000001", AccessReason.CLAIM_REVIEW));

        assertThat(entriesOf(agent)).hasSize(1);
    }

    @Test
    void an_unknown_access_reason_is_refused() {
        MvcTestResult result = mvc.get().uri("/api/v1/whoami").header("X-Role", "OPS").header("X-Agent", newAgent())
                .header("X-Access-Reason", "CURIOSITY").exchange();

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_ACCESS_REASON");
    }

    @Test
    void a_supervisor_queries_the_log_newest_first_page_by_page() {
        String agent = newAgent();
        for (int i = 1; i <= 3; i++) {
            audit.record(ops(agent, null), AuditAction.READ, "claim", "c-" + i, "CT-000001", AccessReason.CLAIM_REVIEW);
        }

        MvcTestResult first = search("agent=" + agent + "&size=2");
        MvcTestResult second = search("agent=" + agent + "&size=2&page=1");

        assertThat(first).hasStatus(200).bodyJson().extractingPath("$.items[*].resourceId").isEqualTo(List.of("c-3", "c-2"));
        assertThat(first).bodyJson().extractingPath("$.totalItems").isEqualTo(3);
        assertThat(second).bodyJson().extractingPath("$.items[*].resourceId").isEqualTo(List.of("c-1"));
        assertThat(second).bodyJson().extractingPath("$.items[0].reason").isEqualTo("CLAIM_REVIEW");
        assertThat(second).bodyJson().extractingPath("$.items[0].agent").isEqualTo(agent);
    }

    @Test
    void the_log_is_filtered_by_contract_action_resource_type_and_period() {
        String agent = newAgent();
        String contract = "CT-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(ops(agent, null), AuditAction.READ, "claim", "c-1", contract, AccessReason.CLAIM_REVIEW);
        audit.record(ops(agent, null), AuditAction.UPDATE, "contract", contract, contract, AccessReason.OPERATIONS);
        audit.record(ops(agent, null), AuditAction.READ, "claim", "c-2", "CT-OTHER", AccessReason.CLAIM_REVIEW);

        assertThat(search("contract=" + contract)).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
        assertThat(search("agent=" + agent + "&action=UPDATE")).bodyJson().extractingPath("$.items[*].resourceType")
                .isEqualTo(List.of("contract"));
        assertThat(search("agent=" + agent + "&resourceType=claim")).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
        assertThat(search("agent=" + agent + "&from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z"))
                .bodyJson().extractingPath("$.totalItems").isEqualTo(0);
        assertThat(search("agent=" + agent + "&from=2000-01-01T00:00:00Z")).bodyJson().extractingPath("$.totalItems")
                .isEqualTo(3);
    }

    @Test
    void only_supervisors_query_the_log() {
        assertThat(mvc.get().uri("/api/v1/audit-events").header("X-Role", "OPS").header("X-Agent", "agent.ops"))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(mvc.get().uri("/api/v1/audit-events").header("X-Member-Contract", "CT-000001"))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(mvc.get().uri("/api/v1/audit-events")).hasStatus(401)
                .bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_invalid_query_is_refused() {
        assertThat(search("size=0")).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(search("action=PEEK")).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PARAMETER");
        assertThat(search("from=yesterday")).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void reading_and_replaying_a_dead_letter_are_audited() {
        String agent = newAgent();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into dead_letter (id, source_topic, source_partition, source_offset, message_key, event_type,
                                                 headers, payload, reason)
                        values (:id, 'claims.audit-test.v1', 0, :offset, cast(:id as varchar), 'fr.prestaflow.ClaimReceived.v1', '{}', '{}',
                                'test')""")
                .param("id", id).param("offset", Math.abs(id.getMostSignificantBits())).update();

        assertThat(mvc.get().uri("/api/v1/dead-letters/" + id).header("X-Role", "OPS").header("X-Agent", agent)
                .header("X-Access-Reason", "SUPPORT_TICKET")).hasStatus(200);
        assertThat(mvc.post().uri("/api/v1/dead-letters/" + id + "/replay").header("X-Role", "OPS").header("X-Agent", agent))
                .hasStatus(200);

        assertThat(entriesOf(agent)).extracting(e -> e.get("action") + " " + e.get("resource_type") + " " + e.get("reason"))
                .containsExactly("READ dead-letter SUPPORT_TICKET", "REPLAY dead-letter OPERATIONS");
    }

    private MvcTestResult search(String query) {
        return mvc.get().uri("/api/v1/audit-events?" + query).header("X-Role", "OPS,SUPERVISOR")
                .header("X-Agent", "agent.supervisor").exchange();
    }

    private List<Map<String, Object>> entriesOf(String agent) {
        return jdbc.sql("""
                        select action, resource_type, resource_id, contract_number, reason, roles, outcome
                        from audit_event where agent = :agent order by seq""")
                .param("agent", agent).query().listOfRows();
    }

    private static Caller ops(String agent, AccessReason reason) {
        return new Caller(Optional.empty(), Set.of("OPS"), Optional.of(agent), Optional.ofNullable(reason));
    }

    private static String newAgent() {
        return "agent-" + UUID.randomUUID();
    }
}
