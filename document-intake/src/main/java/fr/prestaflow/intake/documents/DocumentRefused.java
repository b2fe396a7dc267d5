package fr.prestaflow.intake.documents;

import java.util.Objects;

/**
 * An upload is not an acceptable document. {@link #code()} is stable and meant for clients; {@link #reason()} names
 * the file and says what is wrong in words a member understands.
 */
public final class DocumentRefused extends RuntimeException {

    private final RefusalCode code;
    private final String fileName;
    private final String reason;

    DocumentRefused(RefusalCode code, String fileName, String reason) {
        this(code, fileName, reason, null);
    }

    DocumentRefused(RefusalCode code, String fileName, String reason, Throwable cause) {
        super(code + ": " + reason, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.fileName = fileName;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public RefusalCode code() {
        return code;
    }

    /** The name the file was uploaded under, as given (may be blank). */
    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
