package fr.prestaflow.notification.web;

import fr.prestaflow.platform.web.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Every Problem Details {@code code} this service adds to the platform's ({@code UNAUTHENTICATED}, {@code FORBIDDEN},
 * {@code VALIDATION_FAILED}...). Never rename one once shipped: clients read them.
 */
public enum ErrorCode implements ProblemCode {

    CLAIM_NOT_FOUND(HttpStatus.NOT_FOUND, "Claim not found"),
    PREFERENCES_NOT_FOUND(HttpStatus.NOT_FOUND, "Notification preferences not found"),
    CONTRACT_REQUIRED(HttpStatus.BAD_REQUEST, "Contract number required"),
    INVALID_PERIOD(HttpStatus.BAD_REQUEST, "Invalid period"),
    INVALID_BENEFICIARY(HttpStatus.BAD_REQUEST, "Invalid beneficiary filter"),
    CONTACT_MISSING_FOR_CHANNEL(HttpStatus.BAD_REQUEST, "Contact missing for a chosen channel");

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
