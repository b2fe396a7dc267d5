package fr.prestaflow.intake;

import fr.prestaflow.intake.documents.RefusalCode;
import fr.prestaflow.platform.web.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Every {@code code} this service answers in a Problem Details document. Stable: clients read them, so they are never
 * renamed once shipped. The upload refusals carry the names of {@link RefusalCode}.
 */
public enum ErrorCode implements ProblemCode {
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Member identity required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Operations role required"),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
    AGENT_REQUIRED(HttpStatus.BAD_REQUEST, "Agent required"),
    CONTRACT_NOT_FOUND(HttpStatus.NOT_FOUND, "Contract not found"),
    CLAIM_NOT_FOUND(HttpStatus.NOT_FOUND, "Claim not found"),
    DOCUMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "Document not found"),
    CLAIM_NOT_IN_REVIEW(HttpStatus.NOT_FOUND, "Claim not in the review queue"),
    TOO_MANY_DOCUMENTS(HttpStatus.BAD_REQUEST, "Too many documents"),
    DOCUMENTS_MISMATCH(HttpStatus.BAD_REQUEST, "Documents and files do not match"),
    EMPTY_FILE(HttpStatus.BAD_REQUEST, "Empty file"),
    FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "File too large"),
    UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported document type"),
    TYPE_MISMATCH(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document type does not match its content"),
    TRUNCATED_FILE(HttpStatus.BAD_REQUEST, "Incomplete file"),
    ENCRYPTED_PDF(HttpStatus.BAD_REQUEST, "Password-protected PDF"),
    UNREADABLE_FILE(HttpStatus.BAD_REQUEST, "Unreadable file"),
    CLAIM_TAKEN_BY_ANOTHER_AGENT(HttpStatus.CONFLICT, "Claim taken by another agent"),
    CLAIM_NOT_TAKEN(HttpStatus.CONFLICT, "Claim not taken by this agent"),
    CLAIM_ALREADY_DECIDED(HttpStatus.CONFLICT, "Claim already decided");

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

    public static ErrorCode of(RefusalCode refusal) {
        return valueOf(refusal.name());
    }
}
