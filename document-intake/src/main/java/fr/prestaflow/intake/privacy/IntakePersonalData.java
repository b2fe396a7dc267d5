package fr.prestaflow.intake.privacy;

import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.privacy.ErasureReport.Action;
import fr.prestaflow.platform.privacy.ErasureReport.Erased;
import fr.prestaflow.platform.privacy.ErasureReport.Kept;
import fr.prestaflow.platform.privacy.ExportRows;
import fr.prestaflow.platform.privacy.PersonalData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member's claims as uploaded, their documents and what review decided. Erasure deletes the documents' bytes (the
 * claims are settled: erasure is refused before) and the identity and free text the member typed (the NIR's ciphertext
 * included); the claims themselves stay, as part of the insurance file (docs/privacy.md). The export shows the NIR
 * decrypted, as {@code ClaimStore} reads it.
 */
@Component
class IntakePersonalData implements PersonalData {

    static final String INSURANCE_FILE = "Insurance claim file: 5 years after the claim (civil limitation period, "
            + "Code civil art. 2224); product default, to be confirmed by the mutuelle's DPO";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final ExportRows rows;
    private final Clock clock;
    private final FieldCipher cipher;

    IntakePersonalData(JdbcClient jdbc, ExportRows rows, Clock clock, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
        this.cipher = cipher;
    }

    @Override
    public Map<String, Object> export(String contract, boolean forMember) {
        Map<String, String> params = Map.of("contract", contract);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claims", ExportRows.converted(rows.list("""
                select id, status, received_at, analysed_at, beneficiary_rank, beneficiary_nir_encrypted,
                       beneficiary_birth_date, comment, vision_change_justified, member_hints, analysis
                from claim where member_contract = :contract order by received_at, seq""", params),
                "beneficiary_nir_encrypted", "beneficiary_nir", cipher::decrypt));
        data.put("claimDocuments", rows.list("""
                select cd.claim_id, cd.position, cd.document_id, cd.file_name, cd.type_label, cd.kind, cd.supporting, cd.comment
                from claim_document cd join claim c on c.id = cd.claim_id
                where c.member_contract = :contract order by c.received_at, cd.claim_id, cd.position""", params));
        // name: the file name the member first sent it under, for the file in the export archive
        data.put("documents", rows.list("""
                select d.id, d.document_type, d.media_type, d.size_bytes, d.page_count, d.first_claim_id, d.created_at,
                       d.content_erased_at, d.content_erased_at is null as downloadable,
                       (select cd.file_name from claim_document cd where cd.document_id = d.id
                        order by cd.claim_id = d.first_claim_id desc, cd.position limit 1) as name
                from document d where d.member_contract = :contract order by d.created_at, d.id""", params));
        data.put("reviews", rows.list("""
                select r.claim_id, r.queued_at, r.reason, r.decided_at, r.decision, r.reason_code, r.decision_comment
                from review_task r join claim c on c.id = r.claim_id
                where c.member_contract = :contract order by r.queued_at""", params));
        return data;
    }

    @Override
    public List<String> claimsInProgress(String contract) {
        return jdbc.sql("select id::text from claim where member_contract = :contract and status in ('RECEIVED', 'IN_REVIEW')")
                .param("contract", contract).query(String.class).list();
    }

    @Override
    public Erasure erase(String contract) {
        int documents = eraseDocumentContents(contract);
        int claims = jdbc.sql("""
                update claim set beneficiary_nir_encrypted = null, beneficiary_birth_date = null, comment = null
                where member_contract = :contract
                  and (beneficiary_nir_encrypted is not null or beneficiary_birth_date is not null
                       or comment is not null)""")
                .param("contract", contract).update();
        int fileNames = jdbc.sql("""
                update claim_document cd set file_name = 'document-' || (cd.position + 1), comment = null
                from claim c where c.id = cd.claim_id and c.member_contract = :contract
                  and (cd.file_name <> 'document-' || (cd.position + 1) or cd.comment is not null)""")
                .param("contract", contract).update();
        List<Kept> kept = lastClaim(contract)
                .map(last -> List.of(new Kept("claims", INSURANCE_FILE, last.plusYears(5)),
                        new Kept("document metadata (type, size, pages; no content)", INSURANCE_FILE, last.plusYears(5))))
                .orElse(List.of());
        return new Erasure(List.of(
                new Erased("claim documents (images, PDF)", Action.DELETED, documents),
                new Erased("beneficiary NIR, birth date and comments on claims", Action.PSEUDONYMISED, claims),
                new Erased("document file names and comments", Action.PSEUDONYMISED, fileNames)), kept);
    }

    /** Bytes are stored once whoever sent them: they go only when no other member's document has them. */
    private int eraseDocumentContents(String contract) {
        List<String> hashes = jdbc.sql("select sha256 from document where member_contract = :contract and content_erased_at is null")
                .param("contract", contract).query(String.class).list();
        int erased = jdbc.sql("""
                update document set content_erased_at = :now, sha256 = encode(sha256(('erased:' || id::text)::bytea), 'hex')
                where member_contract = :contract and content_erased_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("contract", contract).update();
        if (!hashes.isEmpty()) {
            jdbc.sql("""
                    delete from stored_document s where s.sha256 in (:hashes)
                    and not exists (select 1 from document d where d.sha256 = s.sha256)""")
                    .param("hashes", hashes).update();
        }
        return erased;
    }

    private Optional<LocalDate> lastClaim(String contract) {
        return jdbc.sql("select max(coalesce(analysed_at, received_at)) from claim where member_contract = :contract")
                .param("contract", contract).query(Timestamp.class).optional()
                .map(at -> at.toInstant().atZone(PARIS).toLocalDate());
    }
}
