package fr.prestaflow.identity.tokens;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.prestaflow.identity.IdentityProperties;
import fr.prestaflow.identity.IdentityProperties.SeedClient;
import fr.prestaflow.identity.crypto.SecretBox;
import fr.prestaflow.identity.web.ErrorCode;
import fr.prestaflow.identity.web.ProblemResponses;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Authorization Server: the OIDC discovery document ({@code /.well-known/openid-configuration}), the JWK set
 * ({@code /oauth2/jwks}) and the token endpoint ({@code /oauth2/token}) where integrators use client_credentials.
 * Every token, from here or from {@code /api/v1/auth/token}, is signed by the same key and carries the same claims.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** Client setting holding an integrator's roles, copied into its tokens. */
    static final String ROLES_SETTING = "prestaflow.roles";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(withDefaults());
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no login page: people log in through /api/v1/auth/token
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        (request, response, e) -> problems.write(response, ErrorCode.UNAUTHENTICATED,
                                "This endpoint needs client authentication or a bearer token")));
        return http.build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(JdbcClient jdbc, SecretBox secrets) {
        return SigningKeys.loadOrCreate(jdbc, secrets);
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder passwords) {
        return new ConfiguredClients(properties.clients().stream().map(client -> register(client, properties, passwords)).toList());
    }

    private static RegisteredClient register(SeedClient client, IdentityProperties properties, PasswordEncoder passwords) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
                .clientId(client.clientId())
                .clientSecret(passwords.encode(client.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(ROLES_SETTING, List.copyOf(client.roles())).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.accessTokenTtl())
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .build())
                .build();
    }

    /** Integrators' tokens carry {@code roles} and {@code aud} prestaflow, like people's tokens. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> prestaflowClaims(IdentityProperties properties) {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                Object roles = context.getRegisteredClient().getClientSettings().getSetting(ROLES_SETTING);
                context.getClaims()
                        .audience(List.of(properties.audience()))
                        .claim(AccessTokens.ROLES_CLAIM, roles instanceof Collection<?> list ? List.copyOf(list) : List.of());
            }
        };
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    ExpiredAuthorizations expiredAuthorizations(JdbcClient jdbc, Clock clock) {
        return new ExpiredAuthorizations(jdbc, clock);
    }

    /** Issued tokens are kept for introspection and revocation until they expire, then deleted. */
    record ExpiredAuthorizations(JdbcClient jdbc, Clock clock) {

        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
        void purge() {
            jdbc.sql("delete from oauth2_authorization where access_token_expires_at < :now")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        }
    }
}
