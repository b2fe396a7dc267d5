package fr.prestaflow.teletransmission;

import fr.prestaflow.platform.web.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Every Problem Details {@code code} this service answers with, besides the platform's (VALIDATION_FAILED,
 * INVALID_PARAMETER, UNSUPPORTED_MEDIA_TYPE, REQUEST_TOO_LARGE, ...). Never rename one once shipped: clients read them.
 */
public enum ErrorCode implements ProblemCode {

    EMPTY_FILE(HttpStatus.BAD_REQUEST, "Empty file"),
    MISSING_FILE_PART(HttpStatus.BAD_REQUEST, "Missing file part"),
    FILE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "File too large"),
    FILE_NOT_FOUND(HttpStatus.NOT_FOUND, "NLF file not found"),
    ACKNOWLEDGMENT_NOT_READY(HttpStatus.CONFLICT, "Acknowledgment not ready"),
    FILE_PROCESSING_FAILED(HttpStatus.CONFLICT, "File processing failed");

    private final HttpStatus status;
    private final String title;

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
