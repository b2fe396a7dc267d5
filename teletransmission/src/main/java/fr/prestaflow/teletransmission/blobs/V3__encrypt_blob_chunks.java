package fr.prestaflow.teletransmission.blobs;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the stored NLF files and acknowledgments, which V1 kept in clear (every décompte line names a beneficiary by
 * NIR): a {@code key_id} per chunk, then every chunk sealed. A Java migration because the keys come from
 * configuration; it runs in Flyway's transaction, so a database from an earlier version comes up either fully
 * encrypted or unchanged.
 */
@Component
class V3__encrypt_blob_chunks extends BaseJavaMigration {

    private final BlobChunkReEncryption encryption;

    V3__encrypt_blob_chunks(BlobChunkReEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table blob_chunk add column key_id varchar(40)");
        }
        encryption.run(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table blob_chunk alter column key_id set not null");
        }
    }
}
