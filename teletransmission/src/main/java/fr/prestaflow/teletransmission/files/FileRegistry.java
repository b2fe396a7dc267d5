package fr.prestaflow.teletransmission.files;

import fr.prestaflow.teletransmission.blobs.BlobStore;
import fr.prestaflow.teletransmission.decomptes.DecompteRegistry;
import fr.prestaflow.teletransmission.nlf.FileKey;
import fr.prestaflow.teletransmission.nlf.NlfRegistry;
import fr.prestaflow.teletransmission.nlf.PriorFile;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry of NLF.md §8 over our tables, for one file being processed: earlier files by (sender, fileId) with the
 * acknowledgment stored for them, and ingested décomptes, looked up a window ahead of the validation pass
 * ({@link DecompteLookahead}). Remembers which earlier upload the file turned out to repeat. Closed with the processing.
 */
final class FileRegistry implements NlfRegistry, AutoCloseable {

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final DecompteRegistry decomptes;
    private final UUID content;
    private DecompteLookahead lookahead;
    private UUID priorUpload;

    FileRegistry(JdbcClient jdbc, BlobStore blobs, DecompteRegistry decomptes, UUID content) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.decomptes = decomptes;
        this.content = content;
    }

    @Override
    public Optional<PriorFile> priorFile(FileKey key) {
        Optional<Prior> prior = jdbc.sql("""
                        select k.nlf_file, k.sha256, f.nla_blob from nlf_file_key k join nlf_file f on f.id = k.nlf_file
                        where k.sender_code = :sender and k.file_id = :fileId""")
                .param("sender", key.senderCode())
                .param("fileId", key.fileId())
                .query((rs, n) -> new Prior(rs.getObject("nlf_file", UUID.class), rs.getString("sha256"),
                        rs.getObject("nla_blob", UUID.class)))
                .optional();
        prior.ifPresent(found -> priorUpload = found.upload());
        return prior.map(found -> found);
    }

    @Override
    public boolean decompteIngested(String senderCode, String decompteId) {
        if (lookahead == null || !lookahead.senderCode().equals(senderCode)) {
            close();
            lookahead = new DecompteLookahead(blobs.open(content), senderCode, decomptes);
        }
        return lookahead.ingested(decompteId);
    }

    @Override
    public void close() {
        if (lookahead != null) {
            lookahead.close();
            lookahead = null;
        }
    }

    /** The earlier upload with the same key, when the processor asked for it and found one. */
    Optional<UUID> priorUpload() {
        return Optional.ofNullable(priorUpload);
    }

    /** Recorded with the file's commit, so that later uploads find it (the primary key settles races). */
    void record(FileKey key, UUID upload, String sha256) {
        jdbc.sql("insert into nlf_file_key (sender_code, file_id, nlf_file, sha256) values (:sender, :fileId, :upload, :sha)")
                .param("sender", key.senderCode())
                .param("fileId", key.fileId())
                .param("upload", upload)
                .param("sha", sha256)
                .update();
    }

    private final class Prior implements PriorFile {

        private final UUID upload;
        private final String sha256;
        private final UUID acknowledgment;

        private Prior(UUID upload, String sha256, UUID acknowledgment) {
            this.upload = upload;
            this.sha256 = sha256;
            this.acknowledgment = acknowledgment;
        }

        UUID upload() {
            return upload;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public InputStream openAcknowledgment() {
            return blobs.open(acknowledgment);
        }
    }
}
