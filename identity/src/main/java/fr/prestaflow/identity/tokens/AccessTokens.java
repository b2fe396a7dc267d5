package fr.prestaflow.identity.tokens;

import fr.prestaflow.identity.IdentityProperties;
import fr.prestaflow.identity.accounts.Account;
import fr.prestaflow.identity.accounts.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Access tokens for people who logged in with {@code POST /api/v1/auth/token}: the same issuer, key and claims as the
 * authorization server's tokens ({@code sub}, {@code roles}, {@code contract} for members, {@code aud} prestaflow).
 */
@Component
public class AccessTokens {

    public static final String ROLES_CLAIM = "roles";
    public static final String CONTRACT_CLAIM = "contract";

    private final JwtEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, IdentityProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    public record AccessToken(String value, long expiresInSeconds) {
    }

    public AccessToken issue(Account account) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(account.username())
                .audience(List.of(properties.audience()))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, account.roles().stream().map(Role::name).sorted().toList());
        account.contractNumber().filter(contract -> account.member()).ifPresent(contract -> claims.claim(CONTRACT_CLAIM, contract));
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
        return new AccessToken(token, properties.accessTokenTtl().toSeconds());
    }
}
