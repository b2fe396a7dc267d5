package fr.prestaflow.teletransmission.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Passes an acknowledgment through and hands each of its {@code 500} entries of severity DECOMPTE, split into its nine
 * fields, to a consumer: NLF.md §5 reports one such entry per rejected décompte (its first failing check), including
 * the décomptes whose {@code 100} record is invalid, which never reach a sink. One line in memory at a time.
 */
final class NlaTap extends FilterOutputStream {

    /** An NLA line is much shorter: its longest column is a detail such as {@code declared=X;computed=Y}. */
    private static final int MAX_LINE = 8192;

    private final Consumer<String[]> decompteEntries;
    private final byte[] line = new byte[MAX_LINE];
    private int length;

    NlaTap(OutputStream out, Consumer<String[]> decompteEntries) {
        super(out);
        this.decompteEntries = decompteEntries;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        take((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        out.write(bytes, offset, count);
        for (int i = offset; i < offset + count; i++) {
            take(bytes[i]);
        }
    }

    private void take(byte b) {
        if (b == '\n') {
            lineEnded();
            length = 0;
        } else if (length < MAX_LINE) {
            line[length++] = b;
        }
    }

    private void lineEnded() {
        if (length < 4 || line[0] != '5' || line[1] != '0' || line[2] != '0' || line[3] != '|') {
            return;
        }
        String[] fields = new String(line, 0, length, StandardCharsets.UTF_8).split("\\|", -1);
        if (fields.length == 9 && fields[5].equals("DECOMPTE")) {
            decompteEntries.accept(fields);
        }
    }
}
