package fr.prestaflow.intake.documents;

import java.util.zip.CRC32;

/**
 * Whether a file of a detected type is complete: the cheap byte-level checks done before any decoder runs. Truncated
 * uploads (interrupted mobile transfers) are common, and decoders are lenient enough to half-read them silently.
 */
final class Structure {

    enum Verdict { COMPLETE, TRUNCATED, DAMAGED }

    /** Writers put {@code %%EOF} at the very end; readers look for it in the last 1024 bytes (PDF 32000-1, 7.5.5). */
    private static final int PDF_TRAILER_WINDOW = 1024;
    private static final byte[] PDF_EOF = Signatures.ascii("%%EOF");
    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int JPEG_EOI_FALLBACK_WINDOW = 64 * 1024;

    private Structure() {
    }

    static Verdict pdf(byte[] content) {
        int from = content.length - PDF_TRAILER_WINDOW;
        return Signatures.indexOf(content, PDF_EOF, from, content.length) >= 0 ? Verdict.COMPLETE : Verdict.TRUNCATED;
    }

    /** Walks the chunks: every chunk must fit in the file and have the right CRC, and IEND must come. */
    static Verdict png(byte[] content) {
        int offset = PNG_SIGNATURE_LENGTH;
        while (offset + 8 <= content.length) {
            long length = readUnsignedInt(content, offset);
            long next = offset + 12L + length;
            if (next > content.length) {
                return Verdict.TRUNCATED;
            }
            CRC32 crc = new CRC32();
            crc.update(content, offset + 4, (int) (4 + length));
            if (crc.getValue() != readUnsignedInt(content, (int) (next - 4))) {
                return Verdict.DAMAGED;
            }
            if (Signatures.regionEquals(content, offset + 4, Signatures.ascii("IEND"))) {
                return Verdict.COMPLETE;
            }
            offset = (int) next;
        }
        return Verdict.TRUNCATED;
    }

    /**
     * Walks the marker segments up to the end-of-image marker FF D9. Walking (rather than looking for FF D9 anywhere)
     * matters: an EXIF thumbnail carries its own FF D9 near the start of a photo.
     */
    static Verdict jpeg(byte[] content) {
        int pos = 2;
        while (pos < content.length) {
            if ((content[pos] & 0xFF) != 0xFF) {
                return jpegFallback(content);
            }
            while (pos < content.length && (content[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes
            }
            if (pos >= content.length) {
                return Verdict.TRUNCATED;
            }
            int marker = content[pos] & 0xFF;
            if (marker == 0xD9) {
                return Verdict.COMPLETE;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos++;
                continue;
            }
            if (pos + 2 >= content.length) {
                return Verdict.TRUNCATED;
            }
            int segmentLength = ((content[pos + 1] & 0xFF) << 8) | (content[pos + 2] & 0xFF);
            int next = pos + 1 + segmentLength;
            if (segmentLength < 2 || next > content.length) {
                return segmentLength < 2 ? jpegFallback(content) : Verdict.TRUNCATED;
            }
            pos = marker == 0xDA ? endOfEntropyCodedData(content, next) : next;
        }
        return Verdict.TRUNCATED;
    }

    /** Position of the FF of the first real marker after a scan's data (FF 00 is a stuffed byte, FF Dn a restart). */
    private static int endOfEntropyCodedData(byte[] content, int from) {
        for (int i = from; i + 1 < content.length; i++) {
            if ((content[i] & 0xFF) == 0xFF) {
                int following = content[i + 1] & 0xFF;
                if (following != 0x00 && following != 0xFF && (following < 0xD0 || following > 0xD7)) {
                    return i;
                }
            }
        }
        return content.length;
    }

    /** Some cameras write quirky segments; for those, trust an end marker near the end of the file. */
    private static Verdict jpegFallback(byte[] content) {
        byte[] eoi = {(byte) 0xFF, (byte) 0xD9};
        int from = content.length - JPEG_EOI_FALLBACK_WINDOW;
        return Signatures.indexOf(content, eoi, from, content.length) >= 0 ? Verdict.COMPLETE : Verdict.TRUNCATED;
    }

    private static long readUnsignedInt(byte[] content, int offset) {
        return ((long) (content[offset] & 0xFF) << 24) | ((content[offset + 1] & 0xFF) << 16)
                | ((content[offset + 2] & 0xFF) << 8) | (content[offset + 3] & 0xFF);
    }
}
