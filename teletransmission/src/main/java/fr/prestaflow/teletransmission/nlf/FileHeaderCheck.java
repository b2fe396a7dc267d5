package fr.prestaflow.teletransmission.nlf;

import java.time.OffsetDateTime;

/**
 * The {@code 000} record (NLF.md §3.1), in two steps so that the stateful fileId rule (NLF-E010) runs in field order:
 * {@link #identify} up to the fileId, then the registry, then {@link #complete}.
 */
final class FileHeaderCheck {

    private final String receiverCode;

    FileHeaderCheck(String receiverCode) {
        this.receiverCode = receiverCode;
    }

    FileKey identify(RecordReader reader) {
        Fields fields = reader.fields();
        if (fields.count() < 2) {
            reader.expectFieldCount(RecordType.FILE_HEADER.fieldCount());
        }
        // The version is checked before the field count: a future version may have other fields.
        if (!fields.is(2, "NLF1.0")) {
            throw RecordRejected.of(NlfCode.E009, "formatVersion");
        }
        reader.expectFieldCount(RecordType.FILE_HEADER.fieldCount());
        String senderCode = reader.matching(3, "senderCode", Syntax.SENDER_CODE);
        String receiver = reader.matching(4, "receiverCode", Syntax.RECEIVER_CODE);
        if (!receiver.equals(receiverCode)) {
            throw RecordRejected.of(NlfCode.E011, "receiverCode");
        }
        String fileId = reader.matching(5, "fileId", Syntax.FILE_ID);
        return new FileKey(senderCode, fileId);
    }

    NlfFileHeader complete(RecordReader reader, FileKey key) {
        OffsetDateTime createdAt = reader.timestamp(6, "createdAt");
        boolean testFile = reader.flag(7, "testFlag", "T");
        return new NlfFileHeader(key.senderCode(), receiverCode, key.fileId(), createdAt, testFile);
    }
}
