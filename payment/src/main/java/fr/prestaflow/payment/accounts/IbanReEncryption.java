package fr.prestaflow.payment.accounts;

import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.ReEncryptionTask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings every stored IBAN to the current key, at each start after Flyway's migrations (key rotation, docs/security.md).
 * A row changed meanwhile is left for the next run.
 */
@Component
class IbanReEncryption implements ReEncryptionTask {

    private static final int PAGE = 500;

    private final IbanCipher cipher;
    private final FieldCipher fieldCipher;

    IbanReEncryption(IbanCipher cipher, FieldCipher fieldCipher) {
        this.cipher = cipher;
        this.fieldCipher = fieldCipher;
    }

    private record Stored(UUID id, IbanCipher.Sealed iban) {
    }

    @Override
    public int run(Connection connection) throws SQLException {
        int rewritten = 0;
        List<Stored> page;
        UUID after = null;
        while (!(page = page(connection, after)).isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update bank_account set iban_encrypted = ?, key_id = ?
                    where id = ? and key_id = ? and iban_encrypted = ?""")) {
                for (Stored row : page) {
                    IbanCipher.Sealed sealed = cipher.seal(cipher.open(row.iban(), row.id()), row.id());
                    update.setBytes(1, sealed.bytes());
                    update.setString(2, sealed.keyId());
                    update.setObject(3, row.id());
                    update.setString(4, row.iban().keyId());
                    update.setBytes(5, row.iban().bytes());
                    rewritten += update.executeUpdate();
                }
            }
            after = page.getLast().id();
        }
        return rewritten;
    }

    private List<Stored> page(Connection connection, UUID after) throws SQLException {
        String sql = "select id, key_id, iban_encrypted from bank_account where key_id <> ?"
                + (after == null ? "" : " and id > ?") + " order by id limit " + PAGE;
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, fieldCipher.currentKeyId());
            if (after != null) {
                select.setObject(2, after);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Stored(rs.getObject(1, UUID.class),
                            new IbanCipher.Sealed(rs.getString(2), rs.getBytes(3))));
                }
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return "bank_account.iban_encrypted";
    }
}
