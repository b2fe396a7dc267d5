package fr.prestaflow.platform.crypto;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column a service keeps encrypted with {@link FieldCipher}, and the column of its {@link BlindIndex} when it has one.
 * Declared as a bean, it is re-encrypted with the current key (and its index recomputed) at each start: see
 * {@link ColumnReEncryption}.
 */
public record EncryptedColumn(String table, String idColumn, String valueColumn, Optional<String> indexColumn) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public EncryptedColumn {
        checked(table);
        checked(idColumn);
        checked(valueColumn);
        indexColumn.ifPresent(EncryptedColumn::checked);
    }

    public static EncryptedColumn of(String table, String idColumn, String valueColumn) {
        return new EncryptedColumn(table, idColumn, valueColumn, Optional.empty());
    }

    public static EncryptedColumn indexed(String table, String idColumn, String valueColumn, String indexColumn) {
        return new EncryptedColumn(table, idColumn, valueColumn, Optional.of(indexColumn));
    }

    @Override
    public String toString() {
        return table + "." + valueColumn;
    }

    // the names go into SQL text: only plain identifiers
    private static void checked(String name) {
        if (!IDENTIFIER.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
    }
}
