package fr.prestaflow.intake.claims;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.intake.analysis.DocumentKind;
import fr.prestaflow.intake.analysis.MemberHint;
import fr.prestaflow.intake.documents.DocumentType;
import fr.prestaflow.platform.crypto.FieldCipher;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Upload claims and their documents in the {@code intake} schema; the beneficiary's NIR is stored encrypted. */
@Repository
public class ClaimStore {

    private static final TypeReference<List<MemberHint>> HINTS = new TypeReference<>() {
    };
    private static final String CLAIM_COLUMNS = """
            id, member_contract, beneficiary_nir_encrypted, beneficiary_rank, beneficiary_birth_date, comment,
            vision_change_justified, member_hints::text as member_hints, status, received_at, analysed_at,
            analysis::text as analysis""";
    private static final String DOCUMENT_COLUMNS = """
            cd.claim_id, cd.position, cd.document_id, cd.file_name, cd.type_label, cd.kind, cd.supporting, cd.comment,
            cd.repeated_in_claim, cd.first_sent_in_claim, d.sha256, d.document_type, d.size_bytes, d.page_count""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FieldCipher cipher;

    ClaimStore(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
    }

    void insert(Claim claim) {
        BeneficiaryRef beneficiary = claim.beneficiary();
        jdbc.sql("""
                        insert into claim (id, member_contract, beneficiary_nir_encrypted, beneficiary_rank,
                                           beneficiary_birth_date, comment, vision_change_justified, member_hints, status,
                                           received_at)
                        values (:id, :member, :nir, :rank, :birthDate, :comment, :vision, cast(:hints as jsonb), :status,
                                :receivedAt)""")
                .param("id", claim.id())
                .param("member", claim.memberContract())
                .param("nir", cipher.encryptNullable(beneficiary.nir()))
                .param("rank", beneficiary.rank())
                .param("birthDate", beneficiary.birthDate() == null ? null : Date.valueOf(beneficiary.birthDate()))
                .param("comment", claim.comment())
                .param("vision", claim.visionChangeJustified())
                .param("hints", json.writeValueAsString(claim.hints()))
                .param("status", claim.status().name())
                .param("receivedAt", Timestamp.from(claim.receivedAt()))
                .update();
    }

    void link(UUID claimId, int position, UUID documentId, String fileName, String typeLabel, boolean supporting,
              String comment, boolean repeatedInClaim, UUID firstSentInClaim) {
        jdbc.sql("""
                        insert into claim_document (claim_id, position, document_id, file_name, type_label, kind, supporting,
                                                    comment, repeated_in_claim, first_sent_in_claim)
                        values (:claimId, :position, :documentId, :fileName, :typeLabel, :kind, :supporting, :comment,
                                :repeated, :firstSent)""")
                .param("claimId", claimId)
                .param("position", position)
                .param("documentId", documentId)
                .param("fileName", fileName)
                .param("typeLabel", typeLabel)
                .param("kind", DocumentKind.fromLabel(typeLabel).name())
                .param("supporting", supporting)
                .param("comment", comment)
                .param("repeated", repeatedInClaim)
                .param("firstSent", firstSentInClaim)
                .update();
    }

    public Optional<Claim> find(UUID id) {
        return jdbc.sql("select " + CLAIM_COLUMNS + " from claim where id = :id").param("id", id)
                .query(this::claim).optional();
    }

    public Map<UUID, Claim> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + CLAIM_COLUMNS + " from claim where id in (:ids)").param("ids", ids)
                .query(this::claim).list().stream()
                .collect(Collectors.toMap(Claim::id, claim -> claim, (a, b) -> a, LinkedHashMap::new));
    }

    public List<ClaimDocument> documents(UUID claimId) {
        return documents(List.of(claimId)).getOrDefault(claimId, List.of());
    }

    public Map<UUID, List<ClaimDocument>> documents(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + DOCUMENT_COLUMNS + """
                         from claim_document cd join document d on d.id = cd.document_id
                        where cd.claim_id in (:ids) order by cd.claim_id, cd.position""")
                .param("ids", claimIds)
                .query(ClaimStore::document).list().stream()
                .collect(Collectors.groupingBy(ClaimDocument::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Leases the oldest received claim nobody is analysing, so that one worker (of any replica) analyses it. Lease
     * times are the database's: one clock for every replica.
     */
    public Optional<UUID> leaseNextToAnalyse(Duration lease) {
        return jdbc.sql("""
                        update claim set analysis_lease_until = clock_timestamp() + make_interval(secs => :seconds)
                        where id = (select id from claim
                                    where status = 'RECEIVED'
                                      and (analysis_lease_until is null or analysis_lease_until < clock_timestamp())
                                    order by received_at, seq limit 1 for update skip locked)
                        returning id""")
                .param("seconds", (double) lease.toMillis() / 1000)
                .query(UUID.class).optional();
    }

    /** Forgets every analysis lease: after a restart, received claims are analysed again at once. */
    public int releaseAnalysisLeases() {
        return jdbc.sql("update claim set analysis_lease_until = null where status = 'RECEIVED' and analysis_lease_until is not null")
                .update();
    }

    /**
     * Records the analysis of a received claim; false when the claim is no longer RECEIVED (another worker finished
     * first), in which case the caller must have no other effect.
     */
    public boolean finishAnalysis(UUID id, ClaimStatus outcome, String analysisJson, Instant at) {
        return jdbc.sql("""
                        update claim set status = :status, analysis = cast(:analysis as jsonb), analysed_at = :at,
                                         analysis_lease_until = null
                        where id = :id and status = 'RECEIVED'""")
                .param("id", id)
                .param("status", outcome.name())
                .param("analysis", analysisJson)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Moves a claim out of review; false when it is not in review. */
    public boolean leaveReview(UUID id, ClaimStatus outcome) {
        return jdbc.sql("update claim set status = :status where id = :id and status = 'IN_REVIEW'")
                .param("id", id).param("status", outcome.name()).update() == 1;
    }

    private Claim claim(ResultSet rs, int n) throws SQLException {
        String nir = cipher.decryptNullable(rs.getString("beneficiary_nir_encrypted"));
        Date birthDate = rs.getDate("beneficiary_birth_date");
        Integer rank = rs.getObject("beneficiary_rank", Integer.class);
        Timestamp analysedAt = rs.getTimestamp("analysed_at");
        return new Claim(rs.getObject("id", UUID.class), rs.getString("member_contract"),
                new BeneficiaryRef(rs.getString("member_contract"), nir,
                        birthDate == null ? null : birthDate.toLocalDate(), rank),
                rs.getString("comment"), rs.getBoolean("vision_change_justified"),
                json.readValue(rs.getString("member_hints"), HINTS), ClaimStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(), analysedAt == null ? null : analysedAt.toInstant(),
                rs.getString("analysis"));
    }

    private static ClaimDocument document(ResultSet rs, int n) throws SQLException {
        return new ClaimDocument(rs.getObject("claim_id", UUID.class), rs.getInt("position"),
                rs.getObject("document_id", UUID.class), rs.getString("file_name"), rs.getString("type_label"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getBoolean("supporting"), rs.getString("comment"),
                rs.getBoolean("repeated_in_claim"), rs.getObject("first_sent_in_claim", UUID.class),
                rs.getString("sha256"), DocumentType.valueOf(rs.getString("document_type")), rs.getLong("size_bytes"),
                rs.getInt("page_count"));
    }
}
