package fr.prestaflow.payment.web;

import fr.prestaflow.platform.web.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Every Problem Details {@code code} of this service's own. Never rename one once shipped: clients read them. The
 * platform adds UNAUTHENTICATED (no identity header), FORBIDDEN (member on an ops resource and the reverse),
 * VALIDATION_FAILED, INVALID_PARAMETER and the framework codes.
 */
public enum ErrorCode implements ProblemCode {

    INVALID_IBAN(HttpStatus.BAD_REQUEST, "Invalid IBAN"),
    INVALID_BIC(HttpStatus.BAD_REQUEST, "Invalid BIC"),
    INVALID_HOLDER_NAME(HttpStatus.BAD_REQUEST, "Invalid account holder name"),
    BANK_ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "Bank account not found"),
    BATCH_NOT_FOUND(HttpStatus.NOT_FOUND, "Payment batch not found"),
    INVALID_STATUS_REPORT(HttpStatus.BAD_REQUEST, "Invalid pain.002 status report"),
    STATUS_REPORT_MISMATCH(HttpStatus.CONFLICT, "Status report of another batch");

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
