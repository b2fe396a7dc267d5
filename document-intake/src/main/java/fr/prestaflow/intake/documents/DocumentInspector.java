package fr.prestaflow.intake.documents;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether an upload is a document we accept: a complete, unencrypted PDF, PNG or JPEG of at most 3 MB. The
 * type comes from the bytes (magic numbers); the file name and the declared content type are only checked against it.
 * Stateless and thread-safe.
 */
public final class DocumentInspector {

    /** At most 3 MB per document (ARCHITECTURE.md, HTTP API). */
    public static final long MAX_BYTES = 3L * 1024 * 1024;

    /** Guards decoders and OCR against decompression bombs: a tiny PNG can claim a gigapixel canvas. */
    static final long MAX_PIXELS = 100_000_000L;

    /**
     * Checks an upload given as bytes.
     *
     * @param fileName            the name the member's device gave the file (may be null or blank)
     * @param declaredContentType the content type of the multipart part (may be null)
     * @throws DocumentRefused when the upload is not acceptable, with a stable code
     */
    public InspectedDocument inspect(String fileName, String declaredContentType, byte[] content) {
        String name = displayName(fileName);
        if (content == null || content.length == 0) {
            throw new DocumentRefused(RefusalCode.EMPTY_FILE, fileName, name + " is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName, name);
        }
        DocumentType type = Signatures.detect(content).orElseThrow(() -> new DocumentRefused(
                RefusalCode.UNSUPPORTED_TYPE, fileName,
                name + " is " + Signatures.describeOther(content) + "; only PDF, PNG and JPEG documents are accepted."));
        checkDeclaredType(fileName, name, declaredContentType, type);
        return switch (type) {
            case PDF -> inspectPdf(fileName, name, content);
            case PNG, JPEG -> inspectImage(fileName, name, type, content);
        };
    }

    /**
     * Checks an upload given as a stream, reading at most {@link #MAX_BYTES} + 1 bytes so that an oversized upload is
     * refused without being held in memory. The stream is not closed.
     */
    public InspectedDocument inspect(String fileName, String declaredContentType, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload " + displayName(fileName), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName, displayName(fileName));
        }
        return inspect(fileName, declaredContentType, bytes);
    }

    private static DocumentRefused tooLarge(String fileName, String name) {
        return new DocumentRefused(RefusalCode.FILE_TOO_LARGE, fileName, name + " is larger than 3 MB.");
    }

    private static void checkDeclaredType(String fileName, String name, String declaredContentType, DocumentType actual) {
        Optional<DocumentType> byName = DocumentType.fromFileName(fileName);
        if (byName.isPresent() && byName.get() != actual) {
            throw mismatch(fileName, name + " is named as a " + byName.get() + " but its content is a " + actual + ".");
        }
        Optional<DocumentType> byContentType = DocumentType.fromContentType(declaredContentType);
        if (byContentType.isPresent() && byContentType.get() != actual) {
            throw mismatch(fileName, name + " was sent as " + declaredContentType.strip() + " but its content is a "
                    + actual + ".");
        }
    }

    private static DocumentRefused mismatch(String fileName, String reason) {
        return new DocumentRefused(RefusalCode.TYPE_MISMATCH, fileName, reason);
    }

    private static InspectedDocument inspectPdf(String fileName, String name, byte[] content) {
        if (Structure.pdf(content) != Structure.Verdict.COMPLETE) {
            throw truncated(fileName, name, "the PDF end marker is missing", null);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw encrypted(fileName, name, null);
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new DocumentRefused(RefusalCode.UNREADABLE_FILE, fileName, name + " is a PDF without any page.");
            }
            return new InspectedDocument(fileName, DocumentType.PDF, sha256(content), content.length, pages, 0, 0);
        } catch (InvalidPasswordException e) {
            throw encrypted(fileName, name, e);
        } catch (IOException e) {
            throw truncated(fileName, name, "the PDF cannot be read", e);
        } catch (RuntimeException e) {
            if (e instanceof DocumentRefused refused) {
                throw refused;
            }
            throw new DocumentRefused(RefusalCode.UNREADABLE_FILE, fileName, name + " is a PDF that cannot be read.", e);
        }
    }

    private static InspectedDocument inspectImage(String fileName, String name, DocumentType type, byte[] content) {
        Structure.Verdict verdict = type == DocumentType.PNG ? Structure.png(content) : Structure.jpeg(content);
        switch (verdict) {
            case TRUNCATED -> throw truncated(fileName, name, "the image end marker is missing", null);
            case DAMAGED -> throw new DocumentRefused(RefusalCode.UNREADABLE_FILE, fileName,
                    name + " is a damaged " + type + " image.");
            case COMPLETE -> { }
        }
        Dimension size = imageSize(fileName, name, type, content);
        if ((long) size.width * size.height > MAX_PIXELS) {
            throw new DocumentRefused(RefusalCode.FILE_TOO_LARGE, fileName,
                    name + " is an image of " + size.width + " x " + size.height + " pixels, more than we can read.");
        }
        return new InspectedDocument(fileName, type, sha256(content), content.length, 1, size.width, size.height);
    }

    /** Reads only the image header: cheap, and enough to know a decoder understands the file. */
    private static Dimension imageSize(String fileName, String name, DocumentType type, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
            if (input == null || !readers.hasNext()) {
                throw new IllegalStateException("No image reader for " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new IOException("Image without pixels");
                }
                return new Dimension(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(RefusalCode.UNREADABLE_FILE, fileName,
                    name + " is a " + type + " image that cannot be read.", e);
        }
    }

    private static DocumentRefused truncated(String fileName, String name, String detail, Throwable cause) {
        return new DocumentRefused(RefusalCode.TRUNCATED_FILE, fileName,
                name + " is incomplete or damaged (" + detail + "); please upload it again.", cause);
    }

    private static DocumentRefused encrypted(String fileName, String name, Throwable cause) {
        return new DocumentRefused(RefusalCode.ENCRYPTED_PDF, fileName,
                name + " is a password-protected PDF; please upload a copy without protection.", cause);
    }

    private static String displayName(String fileName) {
        return fileName == null || fileName.isBlank() ? "The file" : "'" + fileName.strip() + "'";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
