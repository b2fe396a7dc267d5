package fr.prestaflow.adjudication.web;

import fr.prestaflow.platform.web.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Every Problem Details {@code code} this service answers with, besides the platform's own (VALIDATION_FAILED,
 * MALFORMED_REQUEST, INVALID_PARAMETER, NOT_FOUND...). Never rename one once shipped: clients read them.
 */
public enum ErrorCode implements ProblemCode {

    /** The platform's code for invalid requests, also used for checks Bean Validation cannot express. */
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Invalid request"),
    PLAN_NOT_FOUND(HttpStatus.NOT_FOUND, "Plan not found"),
    CONTRACT_NOT_FOUND(HttpStatus.NOT_FOUND, "Contract not found"),
    BENEFICIARY_NOT_FOUND(HttpStatus.NOT_FOUND, "Beneficiary not found"),
    ADJUDICATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Adjudication not found"),
    INVALID_NIR(HttpStatus.BAD_REQUEST, "Invalid NIR"),
    INVALID_DATES(HttpStatus.BAD_REQUEST, "Invalid dates"),
    DUPLICATE_BENEFICIARY(HttpStatus.BAD_REQUEST, "Duplicate beneficiary"),
    CONTRACT_NUMBER_MISMATCH(HttpStatus.BAD_REQUEST, "Contract number mismatch"),
    UNKNOWN_PLAN(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown plan");

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
