package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
}
