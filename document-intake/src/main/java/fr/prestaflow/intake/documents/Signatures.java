package fr.prestaflow.intake.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Magic numbers: what the first bytes of a file say it is. */
final class Signatures {

    /** PDF readers accept the header anywhere in the first 1024 bytes (PDF 32000-1, annex H), so do we. */
    static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Signatures() {
    }

    static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (indexOf(content, PDF, 0, Math.min(content.length, PDF_HEADER_WINDOW)) >= 0) {
            return Optional.of(DocumentType.PDF);
        }
        return Optional.empty();
    }

    /** A member-friendly name for a type we refuse, so the refusal can say what the file actually is. */
    static String describeOther(byte[] content) {
        if (startsWith(content, ascii("GIF87a")) || startsWith(content, ascii("GIF89a"))) {
            return "a GIF image";
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) || startsWith(content, new byte[] {'P', 'K', 5, 6})) {
            return "a ZIP archive (or an office document)";
        }
        if (content.length >= 12 && regionEquals(content, 4, ascii("ftyp"))) {
            String brand = new String(content, 8, 4, StandardCharsets.US_ASCII);
            return brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("hev")
                    ? "a HEIC photo" : "a video or ISO media file";
        }
        if (content.length >= 12 && startsWith(content, ascii("RIFF")) && regionEquals(content, 8, ascii("WEBP"))) {
            return "a WebP image";
        }
        if (startsWith(content, new byte[] {'I', 'I', 42, 0}) || startsWith(content, new byte[] {'M', 'M', 0, 42})) {
            return "a TIFF image";
        }
        if (startsWith(content, ascii("BM"))) {
            return "a BMP image";
        }
        if (looksLikeText(content)) {
            return "a text file";
        }
        return "a file of an unknown type";
    }

    static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && regionEquals(content, 0, prefix);
    }

    static boolean regionEquals(byte[] content, int offset, byte[] expected) {
        if (offset < 0 || offset + expected.length > content.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (content[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code needle} starting in [from, to), or -1. */
    static int indexOf(byte[] content, byte[] needle, int from, int to) {
        int last = Math.min(to, content.length - needle.length + 1);
        for (int i = Math.max(0, from); i < last; i++) {
            if (regionEquals(content, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean looksLikeText(byte[] content) {
        int sample = Math.min(content.length, 4096);
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
