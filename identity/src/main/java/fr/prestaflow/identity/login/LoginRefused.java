package fr.prestaflow.identity.login;

import fr.prestaflow.identity.web.ErrorCode;
import java.time.Instant;
import java.util.Optional;

/** A login, enrolment or confirmation that did not pass; mapped once to a Problem Detail. */
public class LoginRefused extends RuntimeException {

    private final ErrorCode code;
    private final transient Optional<Instant> retryAt;

    LoginRefused(ErrorCode code, String detail) {
        this(code, detail, Optional.empty());
    }

    LoginRefused(ErrorCode code, String detail, Optional<Instant> retryAt) {
        super(detail);
        this.code = code;
        this.retryAt = retryAt;
    }

    public ErrorCode code() {
        return code;
    }

    /** When a locked account accepts logins again. */
    public Optional<Instant> retryAt() {
        return retryAt;
    }
}
