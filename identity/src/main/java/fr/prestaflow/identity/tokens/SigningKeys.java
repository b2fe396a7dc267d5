package fr.prestaflow.identity.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.prestaflow.identity.crypto.SecretBox;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The RSA key that signs every access token. Generated on the first start and kept in {@code signing_key} (private part
 * encrypted), so tokens survive a restart and every replica signs with the same key the gateway fetched from
 * {@code /oauth2/jwks}. Rotation (a second key published before it signs) is not implemented yet.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static JWKSource<SecurityContext> loadOrCreate(JdbcClient jdbc, SecretBox secrets) {
        RSAKey key = load(jdbc, secrets).orElseGet(() -> {
            KeyPair pair = generate();
            String kid = UUID.randomUUID().toString();
            // two replicas starting together: the first insert wins and both read it back
            jdbc.sql("insert into signing_key (kid, private_key, public_key) select :kid, :private, :public"
                            + " where not exists (select 1 from signing_key)")
                    .param("kid", kid)
                    .param("private", secrets.seal(pair.getPrivate().getEncoded()))
                    .param("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                    .update();
            log.info("Generated the token signing key");
            return load(jdbc, secrets).orElseThrow();
        });
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static Optional<RSAKey> load(JdbcClient jdbc, SecretBox secrets) {
        return jdbc.sql("select kid, private_key, public_key from signing_key order by created_at desc, kid limit 1")
                .query((rs, n) -> toKey(rs.getString("kid"), secrets.open(rs.getString("private_key")),
                        Base64.getDecoder().decode(rs.getString("public_key"))))
                .optional();
    }

    private static RSAKey toKey(String kid, byte[] privateKey, byte[] publicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(kid)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key is not a valid RSA key", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
