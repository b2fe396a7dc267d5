package fr.prestaflow.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies larger than their path allows (413 {@code PAYLOAD_TOO_LARGE}): at once from Content-Length, or while
 * streaming a chunked body, before it reaches a service. Bodies are streamed through, never buffered here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter implements WebFilter {

    private record Rule(List<PathPattern> paths, long maxBytes) {
    }

    private final List<Rule> rules;
    private final long defaultMax;
    private final Problems problems;

    RequestSizeFilter(GatewaySettings.RequestSize settings, Problems problems) {
        this.rules = settings.limits().stream()
                .map(limit -> new Rule(limit.paths().stream().map(PathPatternParser.defaultInstance::parse).toList(),
                        limit.max().toBytes()))
                .toList();
        this.defaultMax = settings.defaultMax().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long max = maxFor(request.getPath().pathWithinApplication());
        long declared = request.getHeaders().getContentLength();
        if (declared > max) {
            return problems.write(exchange, tooLarge(describe(max)));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, describe(max));
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    static ProblemDetail tooLarge(String reason) {
        return Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Request too large",
                reason == null ? "The request body is too large for this path" : reason);
    }

    private long maxFor(PathContainer path) {
        for (Rule rule : rules) {
            if (rule.paths().stream().anyMatch(pattern -> pattern.matches(path))) {
                return rule.maxBytes();
            }
        }
        return defaultMax;
    }

    private static String describe(long max) {
        DataSize size = DataSize.ofBytes(max);
        String readable = max % (1024 * 1024) == 0 ? size.toMegabytes() + " MB" : max + " bytes";
        return "The request body is larger than the " + readable + " this path accepts";
    }
}
