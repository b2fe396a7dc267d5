package fr.prestaflow.gateway;

import static fr.prestaflow.gateway.TokenAuthentication.INTEGRATOR;
import static fr.prestaflow.gateway.TokenAuthentication.MEMBER;
import static fr.prestaflow.gateway.TokenAuthentication.OPS;
import static fr.prestaflow.gateway.TokenAuthentication.SUPERVISOR;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;

/**
 * Who may call what: one explicit rule per API, in the order Spring checks them; anything not listed is refused (401
 * without a token, 403 with one). SUPERVISOR holds OPS (see {@link TokenAuthentication}). The services still check
 * ownership of each resource (a member's own claim, document...) from the identity headers.
 */
final class RouteAccess {

    private RouteAccess() {
    }

    static void rules(AuthorizeExchangeSpec routes, GatewaySettings.Security settings) {
        routes
                // anonymous: logging in, the issuer's discovery and keys, health
                .pathMatchers("/api/v1/auth/**", "/oauth2/**", "/.well-known/**").permitAll()
                .pathMatchers(HttpMethod.GET, "/api/v1/health/**", "/actuator/health", "/actuator/health/**").permitAll()
                // scraped by Prometheus; keep it off the public listener in production (see README)
                .pathMatchers(HttpMethod.GET, "/actuator/prometheus").permitAll()

                // document-intake
                .pathMatchers(HttpMethod.POST, "/api/v1/claims").hasRole(MEMBER)
                .pathMatchers("/api/v1/uploads/**").hasRole(MEMBER)
                .pathMatchers("/api/v1/documents/**").hasAnyRole(MEMBER, OPS)
                .pathMatchers("/api/v1/review-queue/**").hasRole(OPS)

                // notification: members read their own; ops read any member's (the services take ?contract=)
                .pathMatchers(HttpMethod.GET, "/api/v1/claims/**").hasAnyRole(MEMBER, OPS)
                .pathMatchers(HttpMethod.GET, "/api/v1/statements/**").hasAnyRole(MEMBER, OPS)
                .pathMatchers(HttpMethod.GET, "/api/v1/notification-preferences/**").hasAnyRole(MEMBER, OPS)
                .pathMatchers("/api/v1/notification-preferences/**").hasRole(MEMBER)

                // adjudication
                .pathMatchers("/api/v1/quotes/**").hasRole(MEMBER)
                .pathMatchers(HttpMethod.GET, "/api/v1/plans/**").hasAnyRole(MEMBER, OPS)
                .pathMatchers("/api/v1/plans/**").hasRole(OPS)
                .pathMatchers(HttpMethod.GET, "/api/v1/contracts/{contract}", "/api/v1/contracts/{contract}/**")
                .access(ownContractOrOps(settings))
                .pathMatchers("/api/v1/contracts/**").hasRole(OPS)
                .pathMatchers("/api/v1/adjudications/**").hasRole(OPS)

                // payment
                .pathMatchers("/api/v1/bank-accounts/me").hasRole(MEMBER)
                .pathMatchers("/api/v1/bank-accounts/practitioners/**").hasRole(OPS)
                .pathMatchers("/api/v1/payment-batches/**", "/api/v1/payment-orders/**").hasRole(OPS)

                // teletransmission: NLF files from the compulsory scheme's integrators, and ops
                .pathMatchers("/api/v1/noemie/**").hasAnyRole(OPS, INTEGRATOR)

                // GDPR: composed by the gateway from each service's /api/v1/privacy/**, which it calls on their internal
                // URLs (PrivacyServices); of those, only the retention records are routed, for ops
                .pathMatchers(HttpMethod.GET, "/api/v1/me/data-export").hasRole(MEMBER)
                .pathMatchers(HttpMethod.POST, "/api/v1/me/erasure-requests").hasRole(MEMBER)
                .pathMatchers(HttpMethod.POST, "/api/v1/erasure-requests").hasRole(OPS)
                .pathMatchers(HttpMethod.GET, "/api/v1/privacy/retention/*").hasRole(OPS)

                // every service's dead letters
                .pathMatchers("/api/v1/dead-letters/**").hasRole(OPS)
                // every service's audit log of staff access to members' data: supervisors, not every ops agent
                .pathMatchers(HttpMethod.GET, "/api/v1/audit-events/*").hasRole(SUPERVISOR)

                .anyExchange().denyAll();
    }

    /** A member reads their own contract (the path names it); ops read any. */
    private static ReactiveAuthorizationManager<AuthorizationContext> ownContractOrOps(GatewaySettings.Security settings) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(auth -> TokenAuthentication.hasRole(auth, OPS) || TokenAuthentication.hasRole(auth, MEMBER)
                        && auth instanceof JwtAuthenticationToken jwt
                        && TokenAuthentication.contract(jwt.getToken(), settings)
                        .filter(own -> own.equals(context.getVariables().get("contract"))).isPresent())
                .map(granted -> (AuthorizationResult) new AuthorizationDecision(granted))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
