package fr.prestaflow.platform.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error a client can act on, answered as RFC 9457 Problem Details with a stable {@code code}. Services throw it (or a
 * subclass named after what went wrong) and the {@link ProblemDetailsAdvice} maps it once.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final Map<String, Object> properties;

    public ApiException(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, Map.of());
    }

    public ApiException(HttpStatus status, String code, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
