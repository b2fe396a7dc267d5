package fr.prestaflow.teletransmission.inbound;

/**
 * Codes of inbound messages rejected before NLF validation, when the message lacks what the NLF checks need. They are
 * not NLF codes (NLF.md §6 is a closed list): they sit in the same {@code errors} of the acknowledgment, on line 0,
 * with severity FILE (the whole message is rejected) and field {@code nlf-sender}.
 */
enum PipelineCode {

    MISSING_SENDER("Message has no nlf-sender header"),
    INVALID_SENDER("nlf-sender is not a 9-digit sender code");

    private final String message;

    PipelineCode(String message) {
        this.message = message;
    }

    DecompteAcknowledged.Error error() {
        return new DecompteAcknowledged.Error(0, name(), "FILE", "nlf-sender", message, "");
    }
}
