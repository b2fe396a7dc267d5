package fr.prestaflow.teletransmission.nlf;

/**
 * The décompte ids seen in a file, for NLF-E032, in about 16 bytes per id instead of a HashSet's ~100 (NLF.md §9).
 * An id matches {@code [A-Z0-9][A-Z0-9-]{0,19}}: 20 characters of a 37-symbol alphabet, packed exactly (no hashing, so
 * no false duplicate) as two base-38 numbers of 10 characters each, 0 meaning "no character".
 */
final class DecompteIdSet {

    private static final int BASE = 38;
    private static final int CHARS_PER_WORD = 10;

    /** Pairs (high, low); a free slot has high == 0, which no id packs to since its first character is not 0. */
    private long[] slots = new long[2 * 1024];
    private int size;

    /** False when the id was already there. */
    boolean add(String decompteId) {
        long high = pack(decompteId, 0);
        long low = pack(decompteId, CHARS_PER_WORD);
        if ((size + 1) * 4L > capacity() * 3L) {
            grow();
        }
        return insert(slots, high, low);
    }

    int size() {
        return size;
    }

    private int capacity() {
        return slots.length / 2;
    }

    private boolean insert(long[] table, long high, long low) {
        int mask = table.length / 2 - 1;
        int slot = hash(high, low) & mask;
        while (table[2 * slot] != 0) {
            if (table[2 * slot] == high && table[2 * slot + 1] == low) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                insert(bigger, old[i], old[i + 1]);
            }
        }
        slots = bigger;
    }

    private static int hash(long high, long low) {
        long x = high * 0x9E3779B97F4A7C15L ^ low;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        return (int) x;
    }

    private static long pack(String id, int from) {
        long packed = 0;
        for (int i = from; i < from + CHARS_PER_WORD; i++) {
            packed = packed * BASE + (i < id.length() ? symbol(id.charAt(i)) : 0);
        }
        return packed;
    }

    private static int symbol(char c) {
        if (c >= 'A' && c <= 'Z') {
            return 1 + c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 27 + c - '0';
        }
        if (c == '-') {
            return 37;
        }
        throw new IllegalArgumentException("Not a decompte id character: " + c);
    }
}
