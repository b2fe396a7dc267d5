package fr.prestaflow.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.CsrfSpec;
import org.springframework.security.config.web.server.ServerHttpSecurity.FormLoginSpec;
import org.springframework.security.config.web.server.ServerHttpSecurity.HttpBasicSpec;
import org.springframework.security.config.web.server.ServerHttpSecurity.LogoutSpec;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway is an OAuth2 resource server: every request but logging in and health carries a bearer JWT, checked
 * against the issuer's keys, issuer and audience (spring.security.oauth2.resourceserver.jwt.*), then against the rule of
 * its route ({@link RouteAccess}). Stateless: no session, no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewaySettings.Security.class, GatewaySettings.Cors.class, GatewaySettings.RateLimits.class,
        GatewaySettings.RequestSize.class})
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, TokenAuthentication tokens, Problems problems,
                                    GatewaySettings.Security settings) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            boolean badToken = e instanceof InvalidBearerTokenException;
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            return problems.write(exchange, Problems.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "Authentication required", badToken ? "The access token is invalid or expired; get a new one"
                            : "Send an access token: Authorization: Bearer <token> (POST /api/v1/auth/token)"));
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange, Problems.problem(HttpStatus.FORBIDDEN,
                "FORBIDDEN", "Forbidden", "Your role does not give access to this path"));
        return http
                .csrf(CsrfSpec::disable)
                .httpBasic(HttpBasicSpec::disable)
                .formLogin(FormLoginSpec::disable)
                .logout(LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> { })
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .hsts(hsts -> {
                            if (settings.hsts()) {
                                hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true);
                            } else {
                                hsts.disable();
                            }
                        }))
                .authorizeExchange(routes -> RouteAccess.rules(routes, settings))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** The member web app's origins; bearer tokens, not cookies, so no credentials mode. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewaySettings.Cors settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!settings.allowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(settings.allowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
            // X-Access-Reason: why a staff member opens a member's data, for the services' audit log
            cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, RequestIdFilter.REQUEST_ID,
                    "Last-Event-ID", "X-Access-Reason"));
            cors.setExposedHeaders(List.of(RequestIdFilter.REQUEST_ID, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
                    HttpHeaders.CONTENT_DISPOSITION));
            cors.setAllowCredentials(false);
            cors.setMaxAge(settings.maxAge());
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }
}
