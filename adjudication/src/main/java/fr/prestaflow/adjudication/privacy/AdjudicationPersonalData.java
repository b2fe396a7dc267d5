package fr.prestaflow.adjudication.privacy;

import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.privacy.ErasureReport.Action;
import fr.prestaflow.platform.privacy.ErasureReport.Erased;
import fr.prestaflow.platform.privacy.ErasureReport.Kept;
import fr.prestaflow.platform.privacy.ExportRows;
import fr.prestaflow.platform.privacy.PersonalData;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contract, its beneficiaries and every adjudication. Erasure replaces the holder's name by a pseudonym and drops
 * their e-mail, phone and the beneficiaries' first names; NIRs (encrypted, with their blind index) and birth dates stay
 * with the contract (insurance file: they identify the beneficiaries to the compulsory scheme and tell duplicates),
 * adjudications stay (accounting). The export shows the NIRs decrypted, as the contract API does.
 */
@Component
class AdjudicationPersonalData implements PersonalData {

    static final String PSEUDONYM_PREFIX = "ERASED-";
    static final String INSURANCE_FILE = "Insurance file: 5 years after the contract ends (civil limitation period, "
            + "Code civil art. 2224); product default, to be confirmed by the mutuelle's DPO";
    static final String ACCOUNTING = "Accounting records: 10 years (Code de commerce L123-22) after the last adjudication; "
            + "product default, to be confirmed by the mutuelle's DPO";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final ExportRows rows;
    private final FieldCipher cipher;

    AdjudicationPersonalData(JdbcClient jdbc, ExportRows rows, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.cipher = cipher;
    }

    @Override
    public Map<String, Object> export(String contract, boolean forMember) {
        Map<String, String> params = Map.of("contract", contract);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contract", rows.list("""
                select contract_number, plan_id, start_date, end_date, membership_start_date, member_name, member_email,
                       member_phone, created_at, updated_at
                from contract where contract_number = :contract""", params));
        data.put("beneficiaries", ExportRows.converted(rows.list("""
                select b.rank, b.nir_encrypted, b.birth_date, b.first_name, b.active,
                       coalesce((select json_agg(json_build_object('type', e.type, 'from', e.from_date, 'to', e.to_date))
                                 from beneficiary_exemption e where e.beneficiary_id = b.id), '[]'::json) as exemptions
                from beneficiary b where b.contract_number = :contract order by b.rank, b.id""", params),
                "nir_encrypted", "nir", cipher::decrypt));
        data.put("adjudications", rows.list("""
                select claim_id, channel, status, reversal, plan_id, plan_version, rejection_codes, billed_cents,
                       amo_paid_cents, complementary_paid_cents, patient_share_cents, reimbursed_cents,
                       expected_payment_date, revision, adjudicated_at
                from adjudication where contract_number = :contract order by adjudicated_at, claim_id""", params));
        data.put("adjudicationLines", rows.list("""
                select l.claim_id, l.line_number, b.rank as beneficiary_rank, l.care_date, l.care_category, l.act_code,
                       l.practitioner_id, l.quantity, l.side, l.billed_cents, l.base_cents, l.amo_paid_cents,
                       l.participation_cents, l.franchise_cents, l.complementary_paid_cents, l.patient_share_cents,
                       l.reasons, l.rejection_code, l.reversal, l.consumed_units, l.basket
                from adjudication_line l join adjudication a on a.claim_id = l.claim_id
                join beneficiary b on b.id = l.beneficiary_id
                where a.contract_number = :contract order by a.adjudicated_at, l.claim_id, l.line_number""", params));
        return data;
    }

    /** Adjudication decides a claim in the transaction that consumes it: it never holds one in progress. */
    @Override
    public List<String> claimsInProgress(String contract) {
        return List.of();
    }

    @Override
    public Erasure erase(String contract) {
        int holder = jdbc.sql("""
                update contract set member_name = :prefix || left(md5(contract_number), 12), member_email = null,
                                    member_phone = null, updated_at = now()
                where contract_number = :contract
                  and (member_name not like :prefix || '%' or member_email is not null or member_phone is not null)""")
                .param("prefix", PSEUDONYM_PREFIX).param("contract", contract).update();
        int beneficiaries = jdbc.sql("""
                update beneficiary set first_name = null where contract_number = :contract and first_name is not null""")
                .param("contract", contract).update();
        List<Kept> kept = new ArrayList<>();
        contractEnd(contract).ifPresent(end -> kept.add(new Kept(
                "contract and beneficiaries (NIR, birth date, rank, exemptions; holder pseudonymised)", INSURANCE_FILE,
                end.map(date -> date.plusYears(5)).orElse(null))));
        lastAdjudication(contract).ifPresent(last -> kept.add(new Kept("adjudications and their lines", ACCOUNTING,
                last.plusYears(10))));
        return new Erasure(List.of(
                new Erased("holder name, e-mail and phone", Action.PSEUDONYMISED, holder),
                new Erased("beneficiaries' first names", Action.DELETED, beneficiaries)), kept);
    }

    /** Empty when there is no such contract; an empty end date while it is in force. */
    private Optional<Optional<LocalDate>> contractEnd(String contract) {
        return jdbc.sql("select end_date from contract where contract_number = :contract").param("contract", contract)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("end_date", LocalDate.class))).optional();
    }

    private Optional<LocalDate> lastAdjudication(String contract) {
        return jdbc.sql("select max(adjudicated_at) from adjudication where contract_number = :contract")
                .param("contract", contract).query(Timestamp.class).optional()
                .map(at -> at.toInstant().atZone(PARIS).toLocalDate());
    }
}
