package fr.prestaflow.teletransmission.nlf;

import java.util.Arrays;

/**
 * The {@code |}-separated fields of one line, numbered from 1 as in NLF.md §3. Reused from line to line: it keeps
 * offsets into the line and makes a string only for the fields a caller asks for.
 */
final class Fields {

    private String line = "";
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];

    void split(String text) {
        line = text;
        count = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) == '|') {
                add(start, i);
                start = i + 1;
            }
        }
        add(start, length);
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    String line() {
        return line;
    }

    int start(int field) {
        return starts[field - 1];
    }

    int end(int field) {
        return ends[field - 1];
    }

    boolean isEmpty(int field) {
        return starts[field - 1] == ends[field - 1];
    }

    boolean is(int field, String value) {
        int start = starts[field - 1];
        return ends[field - 1] - start == value.length() && line.startsWith(value, start);
    }

    String text(int field) {
        return line.substring(starts[field - 1], ends[field - 1]);
    }

    /** Whether field {@code field} exists and matches {@code syntax}. */
    boolean has(int field, TextSyntax syntax) {
        return field <= count && syntax.matches(line, start(field), end(field));
    }
}
