package fr.prestaflow.gateway;

import static fr.prestaflow.gateway.TokenAuthentication.INTEGRATOR;
import static fr.prestaflow.gateway.TokenAuthentication.MEMBER;
import static fr.prestaflow.gateway.TokenAuthentication.OPS;
import static fr.prestaflow.gateway.TokenAuthentication.SUPERVISOR;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The services believe these headers, so only the gateway may set them: whatever the caller sent is removed, then they
 * are set from the checked token. {@code X-Member-Contract} for a member; {@code X-Role} (comma-separated) and
 * {@code X-Agent} (the token subject) for ops agents and integrators.
 */
@Component
class IdentityHeadersFilter implements GlobalFilter, Ordered {

    static final String MEMBER_CONTRACT = "X-Member-Contract";
    static final String ROLE = "X-Role";
    static final String AGENT = "X-Agent";

    private final GatewaySettings.Security settings;

    IdentityHeadersFilter(GatewaySettings.Security settings) {
        this.settings = settings;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(token -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> replace(headers, token)))
                        .build()));
    }

    private void replace(HttpHeaders headers, Optional<JwtAuthenticationToken> token) {
        headers.remove(MEMBER_CONTRACT);
        headers.remove(ROLE);
        headers.remove(AGENT);
        token.ifPresent(auth -> {
            if (TokenAuthentication.hasRole(auth, MEMBER)) {
                TokenAuthentication.contract(auth.getToken(), settings).ifPresent(contract -> headers.set(MEMBER_CONTRACT, contract));
            }
            List<String> staffRoles = Stream.of(OPS, SUPERVISOR, INTEGRATOR).filter(role -> TokenAuthentication.hasRole(auth, role)).toList();
            if (!staffRoles.isEmpty()) {
                headers.set(ROLE, String.join(",", staffRoles));
                headers.set(AGENT, auth.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
