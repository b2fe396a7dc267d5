package fr.prestaflow.intake.claims;

import fr.prestaflow.platform.crypto.ColumnReEncryption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the beneficiary NIRs that V1 stored in clear with each upload claim ({@code beneficiary_nir_encrypted},
 * AES-GCM, current key). A Java migration because the keys come from configuration; it runs in Flyway's transaction,
 * so a database from an earlier version comes up either fully encrypted or unchanged.
 */
@Component
class V3__encrypt_beneficiary_nir extends BaseJavaMigration {

    private final ColumnReEncryption encryption;

    V3__encrypt_beneficiary_nir(ColumnReEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table claim rename column beneficiary_nir to beneficiary_nir_encrypted");
            statement.execute("alter table claim alter column beneficiary_nir_encrypted type text");
        }
        encryption.run(connection, BeneficiaryNirEncryption.COLUMN, false);
    }
}
