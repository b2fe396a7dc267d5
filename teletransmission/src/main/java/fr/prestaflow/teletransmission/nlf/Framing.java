package fr.prestaflow.teletransmission.nlf;

import java.time.LocalDate;

/** What frames the records: a whole file ({@code 000} … {@code 999}) or one integrator message ({@code 100} + {@code 200}s). */
sealed interface Framing {

    /** The record that must come first and only once. */
    RecordType headerType();

    boolean knows(RecordType type);

    record File(String receiverCode) implements Framing {

        @Override
        public RecordType headerType() {
            return RecordType.FILE_HEADER;
        }

        @Override
        public boolean knows(RecordType type) {
            return true;
        }
    }

    /**
     * A message of topic noemie.inbound.decomptes.v1 has no {@code 000}: the sender comes from its {@code nlf-sender}
     * header and {@code asOf} stands for the file creation date of NLF-E039.
     */
    record Message(String senderCode, LocalDate asOf) implements Framing {

        @Override
        public RecordType headerType() {
            return RecordType.DECOMPTE;
        }

        @Override
        public boolean knows(RecordType type) {
            return type == RecordType.DECOMPTE || type == RecordType.CARE_LINE;
        }
    }
}
