package fr.prestaflow.platform.privacy;

import fr.prestaflow.platform.web.ProblemCode;
import org.springframework.http.HttpStatus;

/** Problem codes of the privacy endpoints every service shares. */
public enum PrivacyProblem implements ProblemCode {
    CONTRACT_REQUIRED(HttpStatus.BAD_REQUEST, "Contract required"),
    ERASURE_BLOCKED_CLAIMS_IN_PROGRESS(HttpStatus.CONFLICT, "Claims in progress");

    private final HttpStatus status;
    private final String title;

    PrivacyProblem(HttpStatus status, String title) {
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
