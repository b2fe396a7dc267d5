package fr.prestaflow.identity.web;

import fr.prestaflow.identity.login.LoginRefused;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Refused logins, invalid requests and framework errors as RFC 9457 Problem Details, each with a stable {@code code}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private final Clock clock;

    ProblemDetailsAdvice(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(LoginRefused.class)
    ResponseEntity<ProblemDetail> refused(LoginRefused e, HttpServletRequest request) {
        var response = ResponseEntity.status(e.code().status());
        e.retryAt().ifPresent(at -> response.header(HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, Duration.between(clock.instant(), at).toSeconds() + 1))));
        if (e.code().status().value() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Prestaflow-Login");
        }
        return response.body(ProblemResponses.at(ProblemResponses.problem(e.code(), e.getMessage()), request.getRequestURI()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(ProblemResponses.problem(ErrorCode.VALIDATION_FAILED, detail));
    }

    /** Framework errors (unreadable body, wrong method or media type...) get a code too. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", switch (status.value()) {
                case 400 -> ErrorCode.VALIDATION_FAILED.name();
                case 404 -> ErrorCode.NOT_FOUND.name();
                case 405 -> ErrorCode.METHOD_NOT_ALLOWED.name();
                case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE.name();
                default -> ErrorCode.INTERNAL_ERROR.name();
            });
        }
        return response;
    }
}
