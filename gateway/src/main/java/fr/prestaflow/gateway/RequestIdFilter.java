package fr.prestaflow.gateway;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a request id (kept when the caller sent a sane one) that services log and echo. A web filter ahead
 * of security, so refusals (401, 403, 429, 413) carry the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        String requestId = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(REQUEST_ID, requestId)))
                .build();
        withId.getResponse().getHeaders().set(REQUEST_ID, requestId);
        return chain.filter(withId);
    }
}
