package fr.prestaflow.notification.privacy;

import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.privacy.ErasureReport.Action;
import fr.prestaflow.platform.privacy.ErasureReport.Erased;
import fr.prestaflow.platform.privacy.ErasureReport.Kept;
import fr.prestaflow.platform.privacy.ExportRows;
import fr.prestaflow.platform.privacy.PersonalData;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member's contact and preferences, the timeline of their claims and every message sent to them. Erasure deletes
 * the contact and the messages' recipients and contents, and removes the beneficiary's identity from the timeline (the
 * NIR's ciphertext and its blind index, so the claims no longer come up in a search by that NIR); the timeline's amounts
 * stay, so that a reimbursement statement can still be issued for the accounting retention. The export shows the NIR
 * decrypted, as {@code ClaimTimelines} reads it.
 */
@Component
class NotificationPersonalData implements PersonalData {

    static final String ACCOUNTING = "Reimbursement statements: 10 years (Code de commerce L123-22) after the last payment; "
            + "product default, to be confirmed by the mutuelle's DPO";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String OWN_CLAIMS = "select claim_id from claim_timeline where contract_number = :contract";

    private final JdbcClient jdbc;
    private final ExportRows rows;
    private final FieldCipher cipher;

    NotificationPersonalData(JdbcClient jdbc, ExportRows rows, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.cipher = cipher;
    }

    @Override
    public Map<String, Object> export(String contract, boolean forMember) {
        Map<String, String> params = Map.of("contract", contract);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contactAndPreferences", rows.list("""
                select email, phone, email_enabled, sms_enabled, opted_out, updated_at
                from member_contact where contract_number = :contract""", params));
        data.put("claims", ExportRows.converted(rows.list("""
                select claim_id, status, status_at, received_at, channel, beneficiary_rank, beneficiary_nir_encrypted,
                       beneficiary_birth_date, billed_cents, amo_cents, complementary_cents, patient_share_cents,
                       reimbursed_cents, payee_kind, reversal, expected_payment_date, paid_cents, paid_on, masked_iban,
                       rejection_codes, payment_failure_code
                from claim_timeline where contract_number = :contract order by received_at, claim_id""", params),
                "beneficiary_nir_encrypted", "beneficiary_nir", cipher::decrypt));
        data.put("claimSteps", rows.list("""
                select c.claim_id, (s ->> 'cycle')::int as cycle, s ->> 'status' as status,
                       (s ->> 'at')::timestamptz as occurred_at
                from claim_timeline c, json_array_elements(c.steps::json) s where c.contract_number = :contract
                order by c.claim_id, occurred_at""", params));
        data.put("claimLines", rows.list("""
                select c.claim_id, (l ->> 'n')::int as line_number, (l ->> 'careDate')::date as care_date,
                       l ->> 'category' as care_category, l ->> 'act' as act_code, (l ->> 'billed')::bigint as billed_cents,
                       (l ->> 'amo')::bigint as amo_cents, (l ->> 'mutuelle')::bigint as complementary_cents,
                       (l ->> 'patientShare')::bigint as patient_share_cents,
                       array_to_string(array(select json_array_elements_text(l -> 'reasons')), ',') as reasons,
                       l ->> 'rejection' as rejection_code
                from claim_timeline c, json_array_elements(c.lines::json) l where c.contract_number = :contract
                order by c.claim_id, line_number""", params));
        data.put("messages", rows.list("""
                select id, claim_id, channel, kind, recipient, subject, text_body, status, created_at, sent_at
                from delivery where claim_id in (%s) order by created_at, id""".formatted(OWN_CLAIMS), params));
        return data;
    }

    /** Until it is paid or rejected, a claim may still bring messages and timeline steps. */
    @Override
    public List<String> claimsInProgress(String contract) {
        return jdbc.sql("""
                select claim_id::text from claim_timeline where contract_number = :contract
                and (status in ('RECEIVED', 'IN_REVIEW', 'ANALYSED', 'PAYMENT_FAILED')
                     or status = 'ADJUDICATED' and coalesce(reimbursed_cents, 0) > 0 and not reversal)""")
                .param("contract", contract).query(String.class).list();
    }

    @Override
    public Erasure erase(String contract) {
        int contact = jdbc.sql("delete from member_contact where contract_number = :contract").param("contract", contract).update();
        int messages = jdbc.sql("""
                update delivery set recipient = null, subject = null, text_body = null, html_body = null, last_error = null,
                       status = case when status in ('PENDING', 'FAILED') then 'SKIPPED' else status end, next_attempt_at = null
                where claim_id in (%s)
                  and (recipient is not null or subject is not null or text_body is not null or html_body is not null)"""
                .formatted(OWN_CLAIMS))
                .param("contract", contract).update();
        int timeline = jdbc.sql("""
                update claim_timeline set beneficiary_nir_encrypted = null, beneficiary_nir_index = null,
                       beneficiary_birth_date = null, masked_iban = null
                where contract_number = :contract
                  and (beneficiary_nir_encrypted is not null or beneficiary_nir_index is not null
                       or beneficiary_birth_date is not null or masked_iban is not null)""")
                .param("contract", contract).update();
        List<Kept> kept = lastMove(contract)
                .map(last -> List.of(new Kept("claim timelines and lines (amounts, dates, statuses; no identity)", ACCOUNTING,
                        last.plusYears(10))))
                .orElse(List.of());
        return new Erasure(List.of(
                new Erased("notification contact and preferences (e-mail, phone)", Action.DELETED, contact),
                new Erased("messages sent (recipient, subject, contents)", Action.DELETED, messages),
                new Erased("beneficiary NIR, birth date and masked IBAN in claim timelines", Action.PSEUDONYMISED, timeline)),
                kept);
    }

    private Optional<LocalDate> lastMove(String contract) {
        return jdbc.sql("select max(status_at) from claim_timeline where contract_number = :contract")
                .param("contract", contract).query(Timestamp.class).optional()
                .map(at -> at.toInstant().atZone(PARIS).toLocalDate());
    }
}
