package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.platform.crypto.ColumnReEncryption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the NIRs that V1 stored in clear: the column becomes {@code nir_encrypted} (AES-GCM, current key) plus
 * {@code nir_index} (blind index), which now carries the "one beneficiary per NIR and contract" constraint. A Java
 * migration because the keys come from configuration; it runs in Flyway's transaction, so a database from an earlier
 * version comes up either fully encrypted or unchanged.
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
            statement.execute("alter table beneficiary drop constraint beneficiary_contract_number_nir_key");
            statement.execute("alter table beneficiary rename column nir to nir_encrypted");
            statement.execute("alter table beneficiary alter column nir_encrypted type text");
            statement.execute("alter table beneficiary add column nir_index char(64)");
        }
        encryption.run(connection, BeneficiaryNirEncryption.COLUMN, false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table beneficiary alter column nir_index set not null");
            statement.execute("alter table beneficiary add constraint beneficiary_contract_nir_index "
                    + "unique (contract_number, nir_index)");
            statement.execute("comment on column beneficiary.nir_encrypted is "
                    + "'<keyId>:base64(AES-256-GCM nonce|ciphertext|tag), see docs/security.md'");
            statement.execute("comment on column beneficiary.nir_index is "
                    + "'HMAC-SHA256 of the NIR (blind index): lookups and uniqueness without the clear value'");
        }
    }
}
