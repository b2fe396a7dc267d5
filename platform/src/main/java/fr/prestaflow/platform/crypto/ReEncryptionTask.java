package fr.prestaflow.platform.crypto;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Encrypted data that does not fit an {@link EncryptedColumn} (binary chunks, a key id in a column of its own...): a
 * bean of this type is run after Flyway's migrations at each start, like the columns, to bring it to the current key.
 */
public interface ReEncryptionTask {

    /** Rewrites what is not under the current key; returns how many rows were rewritten. */
    int run(Connection connection) throws SQLException;
}
