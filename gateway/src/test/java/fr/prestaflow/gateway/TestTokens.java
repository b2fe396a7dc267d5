package fr.prestaflow.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Access tokens as identity signs them, with a key of the test's own whose public half the stub identity publishes. */
final class TestTokens {

    static final String ISSUER = "http://issuer.test";
    private static final RSAKey KEY = generate();
    private static final RSAKey OTHER_KEY = generate();

    private TestTokens() {
    }

    static String jwkSetJson() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    static String member(String contract) {
        return member(contract.toLowerCase(), contract);
    }

    static String member(String subject, String contract) {
        return sign(KEY, claims(subject, List.of("MEMBER")).claim("contract", contract).build());
    }

    static String ops() {
        return sign(KEY, claims("agent.ops", List.of("OPS")).build());
    }

    static String supervisor() {
        return sign(KEY, claims("agent.supervisor", List.of("OPS", "SUPERVISOR")).build());
    }

    static String integrator() {
        return sign(KEY, claims("demo-integrator", List.of("INTEGRATOR")).build());
    }

    static String memberWithoutContract() {
        return sign(KEY, claims("ct-nocontract", List.of("MEMBER")).build());
    }

    static String expired(String contract) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(KEY, claims(contract.toLowerCase(), List.of("MEMBER")).claim("contract", contract)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))).build());
    }

    static String forAudience(String audience) {
        return sign(KEY, claims("agent.ops", List.of("OPS")).audience(audience).build());
    }

    static String fromIssuer(String issuer) {
        return sign(KEY, claims("agent.ops", List.of("OPS")).issuer(issuer).build());
    }

    static String signedByAnotherKey() {
        return sign(OTHER_KEY, claims("agent.ops", List.of("OPS")).build());
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience("prestaflow")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
