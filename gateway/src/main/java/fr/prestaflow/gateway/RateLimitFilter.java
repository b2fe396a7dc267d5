package fr.prestaflow.gateway;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Slows down password guessing and upload floods: logins per client address, claim submissions and uploads per member.
 * Beyond the bucket the answer is 429 {@code RATE_LIMITED} with Retry-After. The buckets live in this gateway's memory
 * (see {@link GatewaySettings.RateLimits} for several replicas). The client address is the TCP peer; behind a proxy,
 * set {@code server.forward-headers-strategy} so that it is the real client's.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final int MAX_BUCKETS = 100_000;
    private static final PathPattern LOGIN = PathPatternParser.defaultInstance.parse("/api/v1/auth/token");
    private static final PathPattern CLIENT_TOKEN = PathPatternParser.defaultInstance.parse("/oauth2/token");
    private static final PathPattern ENROLMENT = PathPatternParser.defaultInstance.parse("/api/v1/auth/totp/**");
    private static final PathPattern CLAIMS = PathPatternParser.defaultInstance.parse("/api/v1/claims");
    private static final PathPattern UPLOADS = PathPatternParser.defaultInstance.parse("/api/v1/uploads/**");

    private final GatewaySettings.RateLimits settings;
    private final Problems problems;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(GatewaySettings.RateLimits settings, Problems problems, Optional<Clock> clock) {
        this.settings = settings;
        this.problems = problems;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST) {
            return chain.filter(exchange);
        }
        PathContainer path = request.getPath().pathWithinApplication();
        if (LOGIN.matches(path) || CLIENT_TOKEN.matches(path) || ENROLMENT.matches(path)) {
            return limit(exchange, chain, "login:" + clientAddress(request), settings.logins());
        }
        if (CLAIMS.matches(path) || UPLOADS.matches(path)) {
            return exchange.getPrincipal()
                    .map(principal -> "upload:" + principal.getName())
                    .defaultIfEmpty("upload-address:" + clientAddress(request))
                    .flatMap(key -> limit(exchange, chain, key, settings.uploads()));
        }
        return chain.filter(exchange);
    }

    private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, String key, GatewaySettings.Bucket bucket) {
        Instant now = clock.instant();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        Optional<Duration> wait = buckets.computeIfAbsent(key, k -> new TokenBucket(bucket, now)).tryTake(now);
        if (wait.isEmpty()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "Too many requests",
                "Too many requests of this kind; retry after " + seconds + " s"));
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
