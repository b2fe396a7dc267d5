package fr.prestaflow.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The gateway's own settings ({@code prestaflow.gateway.*}); token validation itself is Spring's resource server. */
final class GatewaySettings {

    private GatewaySettings() {
    }

    /**
     * Where roles and the member's contract are read in a token. Identity's tokens use {@code roles} and
     * {@code contract}; another OIDC issuer may need e.g. {@code realm_access.roles} (a dotted path is followed).
     *
     * @param hsts sends Strict-Transport-Security on HTTPS requests (never on plain HTTP, so never on localhost)
     */
    @ConfigurationProperties("prestaflow.gateway.security")
    record Security(@DefaultValue("roles") String rolesClaim, @DefaultValue("contract") String contractClaim,
                    @DefaultValue("true") boolean hsts) {
    }

    /** Browser origins allowed to call the API (the member web app); none by default. */
    @ConfigurationProperties("prestaflow.gateway.cors")
    record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
    }

    /**
     * Token buckets, in this gateway's memory: with several gateway replicas each keeps its own buckets, so the effective
     * limit is multiplied by the replica count; a shared store (e.g. Redis and Spring Cloud Gateway's RedisRateLimiter)
     * is the way to an exact limit.
     *
     * @param uploads per member (token subject): claim submissions and uploads
     * @param logins  per client address: logins and token requests
     */
    @ConfigurationProperties("prestaflow.gateway.rate-limits")
    record RateLimits(@DefaultValue Bucket uploads, @DefaultValue Bucket logins) {
    }

    /** {@code capacity} requests at once, then one more every {@code period / capacity}. */
    record Bucket(@DefaultValue("10") int capacity, @DefaultValue("1m") Duration period) {
    }

    /**
     * Largest request body per path; the first matching rule wins, {@code defaultMax} otherwise. Checked against
     * Content-Length, and counted while streaming when there is none.
     */
    @ConfigurationProperties("prestaflow.gateway.request-size")
    record RequestSize(@DefaultValue("1MB") DataSize defaultMax, @DefaultValue List<Limit> limits) {
    }

    record Limit(List<String> paths, DataSize max) {
    }
}
