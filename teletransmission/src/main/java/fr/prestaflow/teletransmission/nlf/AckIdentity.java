package fr.prestaflow.teletransmission.nlf;

/**
 * senderCode, receiverCode and fileId of the NLA header: copied from the file's first record when it is a {@code 000}
 * record and the value matches its grammar, else empty; the receiver is echoed even when it is not ours (NLF.md §7).
 */
record AckIdentity(String senderCode, String receiverCode, String fileId) {

    static final AckIdentity EMPTY = new AckIdentity("", "", "");

    static AckIdentity echo(Fields fields) {
        return new AckIdentity(
                fields.has(3, Syntax.SENDER_CODE) ? fields.text(3) : "",
                fields.has(4, Syntax.RECEIVER_CODE) ? fields.text(4) : "",
                fields.has(5, Syntax.FILE_ID) ? fields.text(5) : "");
    }
}
