package fr.prestaflow.gateway;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a validated access token into the caller's roles: {@code ROLE_MEMBER} (only with a contract claim),
 * {@code ROLE_OPS}, {@code ROLE_SUPERVISOR} (who is an ops agent too) and {@code ROLE_INTEGRATOR}. Other roles are
 * ignored.
 */
@Component
class TokenAuthentication implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String MEMBER = "MEMBER";
    static final String OPS = "OPS";
    static final String SUPERVISOR = "SUPERVISOR";
    static final String INTEGRATOR = "INTEGRATOR";
    private static final Set<String> KNOWN = Set.of(MEMBER, OPS, SUPERVISOR, INTEGRATOR);

    private final GatewaySettings.Security settings;

    TokenAuthentication(GatewaySettings.Security settings) {
        this.settings = settings;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : claimValues(jwt.getClaims(), settings.rolesClaim())) {
            String upper = role.strip().toUpperCase(Locale.ROOT);
            if (KNOWN.contains(upper)) {
                roles.add(upper);
            }
        }
        if (roles.contains(SUPERVISOR)) {
            roles.add(OPS);
        }
        if (contract(jwt, settings).isEmpty()) {
            roles.remove(MEMBER); // a member token must say whose contract it is
        }
        Collection<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    static Optional<String> contract(Jwt jwt, GatewaySettings.Security settings) {
        return claimValues(jwt.getClaims(), settings.contractClaim()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** A claim's values: a list, or a string of space- or comma-separated values; a dotted name follows nested objects. */
    private static Collection<String> claimValues(Map<String, Object> claims, String name) {
        Object value = claims;
        for (String part : name.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[ ,]+")).filter(v -> !v.isEmpty()).toList();
        }
        return Set.of();
    }
}
