package fr.prestaflow.teletransmission.nlf;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Physical lines of an NLF input (NLF.md §1), one at a time in a fixed buffer, while every byte read goes through
 * SHA-256. A line ends with LF; one CR just before that LF, or at the very end of the input, belongs to the line end.
 * A line longer than 4096 bytes is reported as soon as byte 4098 of it is read, never held whole.
 */
final class LineReader {

    static final int MAX_LINE_BYTES = 4096;
    static final int END = -1;
    static final int TOO_LONG = -2;

    private static final int CHUNK_BYTES = 64 * 1024;

    private final InputStream in;
    private final MessageDigest sha256 = newDigest();
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;
    /** Content plus one CR that may turn out to belong to the line end. */
    private final byte[] line = new byte[MAX_LINE_BYTES + 1];
    private long lineNumber;
    private boolean bomStartsLine;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Skips a UTF-8 byte order mark at the very start of the input; call once, before {@link #next}. */
    boolean skipBom() throws IOException {
        while (limit < 3 && !endOfInput) {
            read();
        }
        if (limit >= 3 && chunk[0] == (byte) 0xEF && chunk[1] == (byte) 0xBB && chunk[2] == (byte) 0xBF) {
            position = 3;
            bomStartsLine = true; // a file made of a BOM alone still has a (blank) line 1
        }
        return bomStartsLine;
    }

    /** The length of the next line in {@link #buffer()}, or {@link #END}, or {@link #TOO_LONG}. */
    int next() throws IOException {
        int length = 0;
        boolean started = bomStartsLine;
        bomStartsLine = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? endLine(length) : END;
            }
            started = true;
            int end = indexOfLf();
            int count = (end < 0 ? limit : end) - position;
            if (length + count > line.length) {
                position = end < 0 ? limit : end;
                lineNumber++;
                return TOO_LONG;
            }
            System.arraycopy(chunk, position, line, length, count);
            length += count;
            if (end >= 0) {
                position = end + 1;
                return endLine(length);
            }
            position = limit;
        }
    }

    private int endLine(int length) {
        lineNumber++;
        int content = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return content > MAX_LINE_BYTES ? TOO_LONG : content;
    }

    private int indexOfLf() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    byte[] buffer() {
        return line;
    }

    /** The physical number of the line last returned, from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** Reads the rest of the input only for its SHA-256, after processing stopped. */
    void drain() throws IOException {
        position = limit;
        while (fill()) {
            position = limit;
        }
    }

    /** Lowercase hex SHA-256 of every byte read; call after {@link #drain}. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private boolean fill() throws IOException {
        while (position == limit && !endOfInput) {
            position = 0;
            limit = 0;
            read();
        }
        return position < limit;
    }

    private void read() throws IOException {
        int count = in.read(chunk, limit, chunk.length - limit);
        if (count < 0) {
            endOfInput = true;
        } else {
            sha256.update(chunk, limit, count);
            limit += count;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
