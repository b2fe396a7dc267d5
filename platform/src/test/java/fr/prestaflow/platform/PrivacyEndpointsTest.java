package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.testsupport.AuditLog;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The privacy endpoints a service gets by declaring its PersonalData (here the test application's). */
@PlatformTest
class PrivacyEndpointsTest {

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource database;

    @Test
    void a_member_exports_their_own_contract_and_ops_name_one() {
        assertThat(mvc.get().uri("/api/v1/privacy/export").header("X-Member-Contract", "CT-P1")).hasStatus(200)
                .bodyJson().extractingPath("$.data.claims[0].forMember").isEqualTo(true);
        assertThat(mvc.get().uri("/api/v1/privacy/export?contract=CT-P1").header("X-Role", "OPS")).hasStatus(200)
                .bodyJson().extractingPath("$.data.claims[0].forMember").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/privacy/export").header("X-Role", "OPS")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("CONTRACT_REQUIRED");
        assertThat(mvc.get().uri("/api/v1/privacy/export?contract=CT-P2").header("X-Member-Contract", "CT-P1")).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/privacy/export?contract=CT-P1").header("X-Role", "INTEGRATOR")).hasStatus(403);
    }

    @Test
    void an_erasure_records_what_is_kept_once_however_often_it_runs() {
        for (int run = 0; run < 2; run++) {
            assertThat(mvc.post().uri("/api/v1/privacy/erasure").header("X-Member-Contract", "CT-P3")).hasStatus(200)
                    .bodyJson().extractingPath("$.kept[0].keptUntil").isEqualTo("2035-01-01");
        }

        assertThat(jdbc.sql("select count(*) from retention_record where contract = 'CT-P3'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/privacy/retention?contract=CT-P3").header("X-Role", "OPS")).hasStatus(200)
                .bodyJson().extractingPath("$[0].legalBasis").isEqualTo("accounting");
        assertThat(mvc.get().uri("/api/v1/privacy/retention?contract=CT-P3").header("X-Member-Contract", "CT-P3"))
                .hasStatus(403);
    }

    @Test
    void an_erasure_with_a_claim_in_progress_is_refused_and_records_nothing() {
        assertThat(mvc.post().uri("/api/v1/privacy/erasure").header("X-Role", "OPS")
                .contentType(MediaType.APPLICATION_JSON).content("{\"contract\": \"CT-BUSY\"}"))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("ERASURE_BLOCKED_CLAIMS_IN_PROGRESS");

        assertThat(jdbc.sql("select count(*) from retention_record where contract = 'CT-BUSY'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void what_ops_do_for_a_member_is_audited_and_what_a_member_does_for_themself_is_not() {
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/privacy/export").header("X-Member-Contract", "CT-P4")).hasStatus(200);
        assertThat(AuditLog.entriesAbout(database, "CT-P4")).isEmpty();
        assertThat(mvc.get().uri("/api/v1/privacy/export?contract=CT-P4").header("X-Role", "OPS").header("X-Agent", agent))
                .hasStatus(200);
        assertThat(mvc.post().uri("/api/v1/privacy/erasure").header("X-Role", "OPS").header("X-Agent", agent)
                .contentType(MediaType.APPLICATION_JSON).content("{\"contract\": \"CT-P4\"}")).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/privacy/retention?contract=CT-P4").header("X-Role", "OPS").header("X-Agent", agent)
                .header("X-Access-Reason", "SUPPORT_TICKET")).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent)).containsExactly(
                "EXPORT personal-data CT-P4 CT-P4 DATA_PROTECTION_REQUEST",
                "DELETE personal-data CT-P4 CT-P4 DATA_PROTECTION_REQUEST",
                "READ retention-record CT-P4 CT-P4 SUPPORT_TICKET");
    }

    @Test
    void a_refused_erasure_leaves_no_audit_entry() {
        String agent = AuditLog.newAgent();

        assertThat(mvc.post().uri("/api/v1/privacy/erasure").header("X-Role", "OPS").header("X-Agent", agent)
                .contentType(MediaType.APPLICATION_JSON).content("{\"contract\": \"CT-BUSY\"}")).hasStatus(409);

        assertThat(AuditLog.entriesOf(database, agent)).isEmpty();
    }
}
