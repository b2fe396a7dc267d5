package fr.prestaflow.intake.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The document types a member may upload. Detected from the bytes; names and declared types are only cross-checked. */
public enum DocumentType {
    PDF("application/pdf", List.of("pdf"), List.of("application/pdf", "application/x-pdf")),
    PNG("image/png", List.of("png"), List.of("image/png", "image/x-png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"), List.of("image/jpeg", "image/jpg", "image/pjpeg"));

    private final String mediaType;
    private final List<String> extensions;
    private final List<String> mediaTypeAliases;

    DocumentType(String mediaType, List<String> extensions, List<String> mediaTypeAliases) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.mediaTypeAliases = mediaTypeAliases;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** The usual file extension, without the dot, e.g. for storing or for a temporary file handed to OCR. */
    public String extension() {
        return extensions.getFirst();
    }

    /** The accepted type a file name's extension stands for; empty when there is none or it is not one of ours. */
    static Optional<DocumentType> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        for (DocumentType type : values()) {
            if (type.extensions.contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The accepted type a declared content type stands for (parameters ignored); empty for anything else. */
    static Optional<DocumentType> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String bare = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        for (DocumentType type : values()) {
            if (type.mediaTypeAliases.contains(bare)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
