package fr.prestaflow.teletransmission.nlf;

/** Strict UTF-8 (RFC 3629): no overlong form, no surrogate, nothing above U+10FFFF, no truncated sequence. */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int continuations;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                continuations = 1;
            } else if (lead == 0xE0) {
                continuations = 2;
                secondMin = 0xA0;
            } else if (lead == 0xED) {
                continuations = 2;
                secondMax = 0x9F;
            } else if (lead >= 0xE1 && lead <= 0xEF) {
                continuations = 2;
            } else if (lead == 0xF0) {
                continuations = 3;
                secondMin = 0x90;
            } else if (lead == 0xF4) {
                continuations = 3;
                secondMax = 0x8F;
            } else if (lead >= 0xF1 && lead <= 0xF3) {
                continuations = 3;
            } else {
                return false;
            }
            if (i + continuations >= length) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondMin || second > secondMax) {
                return false;
            }
            for (int k = 2; k <= continuations; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
    }
}
