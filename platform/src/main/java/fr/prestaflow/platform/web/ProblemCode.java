package fr.prestaflow.platform.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A service's stable Problem Details codes: each service has one {@code ErrorCode} enum implementing this, whose constant
 * names are the codes clients read. Never rename one once shipped.
 */
public interface ProblemCode {

    String name();

    HttpStatus status();

    String title();

    default ApiException exception(String detail) {
        return new ApiException(status(), name(), title(), detail);
    }

    /** {@code properties} become members of the Problem document, e.g. the {@code field} at fault. */
    default ApiException exception(String detail, Map<String, Object> properties) {
        return new ApiException(status(), name(), title(), detail, properties);
    }
}
