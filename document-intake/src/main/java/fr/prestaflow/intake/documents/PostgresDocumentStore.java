package fr.prestaflow.intake.documents;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Document bytes in a {@code bytea} column: simple, transactional, and enough for invoices of at most 3 MB. */
@Repository
class PostgresDocumentStore implements DocumentStore {

    private final JdbcClient jdbc;

    PostgresDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String sha256, String mediaType, byte[] content) {
        jdbc.sql("""
                        insert into stored_document (sha256, media_type, size_bytes, content)
                        values (:sha256, :mediaType, :size, :content) on conflict (sha256) do nothing""")
                .param("sha256", sha256)
                .param("mediaType", mediaType)
                .param("size", (long) content.length)
                .param("content", content)
                .update();
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        return jdbc.sql("select content from stored_document where sha256 = :sha256")
                .param("sha256", sha256)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }
}
