package fr.prestaflow.intake.documents;

import fr.prestaflow.platform.ids.TimeOrderedIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents of each member, one per content: sending the same bytes again finds the document already there, which
 * is how duplicates are told.
 */
@Repository
public class MemberDocuments {

    private static final String COLUMNS = "id, member_contract, sha256, document_type, size_bytes, page_count, first_claim_id";

    private final JdbcClient jdbc;
    private final DocumentStore store;

    MemberDocuments(JdbcClient jdbc, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    public Optional<MemberDocument> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = :id").param("id", id)
                .query(MemberDocuments::row).optional();
    }

    /**
     * The member's document with this content, stored and registered now if it is new; its {@code firstClaimId} tells
     * whether an earlier claim already carried it. Runs in the caller's transaction.
     */
    public MemberDocument register(String memberContract, InspectedDocument inspected, byte[] content, UUID claimId,
                                   Instant now) {
        Optional<MemberDocument> known = findByContent(memberContract, inspected.sha256());
        if (known.isPresent()) {
            return known.get();
        }
        store.put(inspected.sha256(), inspected.mediaType(), content);
        jdbc.sql("""
                        insert into document (id, member_contract, sha256, document_type, media_type, size_bytes,
                                              page_count, first_claim_id, created_at)
                        values (:id, :member, :sha256, :type, :mediaType, :size, :pages, :claimId, :now)
                        on conflict (member_contract, sha256) do nothing""")
                .param("id", TimeOrderedIds.next())
                .param("member", memberContract)
                .param("sha256", inspected.sha256())
                .param("type", inspected.type().name())
                .param("mediaType", inspected.mediaType())
                .param("size", inspected.sizeBytes())
                .param("pages", inspected.pageCount())
                .param("claimId", claimId)
                .param("now", Timestamp.from(now))
                .update();
        // a concurrent upload of the same content by the same member may have won the insert: read what is there
        return findByContent(memberContract, inspected.sha256()).orElseThrow();
    }

    private Optional<MemberDocument> findByContent(String memberContract, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from document where member_contract = :member and sha256 = :sha256")
                .param("member", memberContract).param("sha256", sha256)
                .query(MemberDocuments::row).optional();
    }

    private static MemberDocument row(ResultSet rs, int n) throws SQLException {
        return new MemberDocument(rs.getObject("id", UUID.class), rs.getString("member_contract"),
                rs.getString("sha256"), DocumentType.valueOf(rs.getString("document_type")), rs.getLong("size_bytes"),
                rs.getInt("page_count"), rs.getObject("first_claim_id", UUID.class));
    }
}
