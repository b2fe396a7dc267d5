package fr.prestaflow.identity.web;

import org.springframework.http.HttpStatus;

/** The stable {@code code} of identity's Problem Details; never renamed once shipped. */
public enum ErrorCode {
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "Invalid credentials"),
    TOTP_REQUIRED(HttpStatus.UNAUTHORIZED, "Second factor required"),
    INVALID_TOTP(HttpStatus.UNAUTHORIZED, "Invalid second factor"),
    TOTP_ENROLMENT_REQUIRED(HttpStatus.FORBIDDEN, "Second factor enrolment required"),
    NO_PENDING_ENROLMENT(HttpStatus.CONFLICT, "No enrolment to confirm"),
    ACCOUNT_LOCKED(HttpStatus.LOCKED, "Account locked"),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Invalid request"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
