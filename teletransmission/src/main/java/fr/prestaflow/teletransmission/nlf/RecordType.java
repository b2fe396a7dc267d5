package fr.prestaflow.teletransmission.nlf;

import java.util.Optional;

/** The first field of an NLF record. */
enum RecordType {
    FILE_HEADER("000", 7),
    DECOMPTE("100", 10),
    CARE_LINE("200", 18),
    TRAILER("999", 8);

    private final String code;
    private final int fieldCount;

    RecordType(String code, int fieldCount) {
        this.code = code;
        this.fieldCount = fieldCount;
    }

    String code() {
        return code;
    }

    int fieldCount() {
        return fieldCount;
    }

    static Optional<RecordType> of(String field) {
        for (RecordType type : values()) {
            if (type.code.equals(field)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
