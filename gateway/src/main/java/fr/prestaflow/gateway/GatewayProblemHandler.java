package fr.prestaflow.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** Unknown routes and unreachable or slow services answer RFC 9457 Problem Details with a stable code, like the services. */
@Component
@Order(-2)
class GatewayProblemHandler implements WebExceptionHandler {

    private final Problems problems;

    GatewayProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return problems.write(exchange, problemFor(error));
    }

    static ProblemDetail problemFor(Throwable error) {
        if (error instanceof ResponseStatusException status) {
            return switch (status.getStatusCode().value()) {
                case 404 -> Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", "No API at this path");
                case 405 -> Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Method not allowed",
                        "This path does not accept this method");
                case 413 -> RequestSizeFilter.tooLarge(status.getReason());
                case 503 -> unavailable();
                case 504 -> timeout();
                default -> Problems.problem(HttpStatus.valueOf(status.getStatusCode().value()), "BAD_REQUEST", "Request refused",
                        status.getReason() == null ? "The request was refused" : status.getReason());
            };
        }
        if (causedBy(error, ConnectException.class) || causedBy(error, java.net.UnknownHostException.class)) {
            return unavailable();
        }
        if (causedBy(error, TimeoutException.class)) {
            return timeout();
        }
        return Problems.problem(HttpStatus.BAD_GATEWAY, "DOWNSTREAM_ERROR", "Service error",
                "A service failed to answer; the request can be retried");
    }

    private static ProblemDetail unavailable() {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "Service unavailable",
                "The service behind this path is not reachable; try again shortly");
    }

    private static ProblemDetail timeout() {
        return Problems.problem(HttpStatus.GATEWAY_TIMEOUT, "DOWNSTREAM_TIMEOUT", "Service too slow",
                "The service behind this path did not answer in time");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
