package fr.prestaflow.notification.timeline;

import fr.prestaflow.platform.crypto.ColumnReEncryption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the beneficiary NIRs that V1 stored in clear in the timeline: {@code beneficiary_nir_encrypted} (AES-GCM,
 * current key) plus {@code beneficiary_nir_index} (blind index) for the "claims of this beneficiary" filter. A Java
 * migration because the keys come from configuration; it runs in Flyway's transaction, so a database from an earlier
 * version comes up either fully encrypted or unchanged.
 */
@Component
class V4__encrypt_beneficiary_nir extends BaseJavaMigration {

    private final ColumnReEncryption encryption;

    V4__encrypt_beneficiary_nir(ColumnReEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table claim_timeline rename column beneficiary_nir to beneficiary_nir_encrypted");
            statement.execute("alter table claim_timeline alter column beneficiary_nir_encrypted type text");
            statement.execute("alter table claim_timeline add column beneficiary_nir_index char(64)");
        }
        encryption.run(connection, BeneficiaryNirEncryption.COLUMN, false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index claim_timeline_by_beneficiary_nir on claim_timeline "
                    + "(contract_number, beneficiary_nir_index) where beneficiary_nir_index is not null");
        }
    }
}
