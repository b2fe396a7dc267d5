package fr.prestaflow.platform.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Adopts the caller's traceparent and the gateway's request id for the whole request, and echoes the request id. */
public class TraceFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId != null) {
            response.setHeader(REQUEST_ID, requestId);
            MDC.put("requestId", requestId);
        }
        try (var ignored = TraceContext.enter(request.getHeader("traceparent"))) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }
}
