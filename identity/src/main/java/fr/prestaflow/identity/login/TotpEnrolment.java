package fr.prestaflow.identity.login;

import fr.prestaflow.identity.IdentityProperties;
import fr.prestaflow.identity.accounts.Account;
import fr.prestaflow.identity.accounts.AccountRepository;
import fr.prestaflow.identity.crypto.SecretBox;
import fr.prestaflow.identity.totp.Base32;
import fr.prestaflow.identity.totp.Totp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling an authenticator app in two steps: {@link #start} gives a new secret and ten recovery codes, which replace
 * the old ones only when {@link #confirm} receives a code computed from the new secret (so a typo never locks anyone
 * out). Changing an enrolled app needs the current second factor.
 */
@Service
public class TotpEnrolment {

    private static final Logger log = LoggerFactory.getLogger(TotpEnrolment.class);
    /** 160 bits, the HMAC-SHA1 block RFC 4226 recommends. */
    private static final int SECRET_BYTES = 20;

    private final Authenticator authenticator;
    private final AccountRepository accounts;
    private final RecoveryCodes recoveryCodes;
    private final SecretBox secrets;
    private final SecureRandom random;
    private final IdentityProperties properties;

    TotpEnrolment(Authenticator authenticator, AccountRepository accounts, RecoveryCodes recoveryCodes, SecretBox secrets,
                  SecureRandom random, IdentityProperties properties) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
        this.random = random;
        this.properties = properties;
    }

    public record Enrolment(String secret, String otpauthUri, List<String> recoveryCodes) {
    }

    @Transactional(noRollbackFor = LoginRefused.class)
    public Enrolment start(Credentials credentials) {
        Account account = authenticator.checkPassword(credentials);
        if (account.totpEnrolled()) {
            authenticator.checkSecondFactor(account, credentials);
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        List<String> codes = recoveryCodes.generate();
        accounts.startEnrolment(account.id(), secrets.seal(secret), codes.stream().map(recoveryCodes::hash).toList());
        String base32 = Base32.encode(secret);
        log.info("TOTP enrolment started for {}", account.username());
        return new Enrolment(base32, otpauthUri(account.username(), base32), codes);
    }

    @Transactional(noRollbackFor = LoginRefused.class)
    public void confirm(Credentials credentials) {
        Account account = authenticator.checkPassword(credentials);
        long step = authenticator.checkPendingTotp(account, credentials.totp());
        accounts.confirmEnrolment(account.id(), step);
        authenticator.succeeded(account);
        log.info("TOTP enrolment confirmed for {}", account.username());
    }

    /** The Key URI Format authenticator apps read from a QR code or a link. */
    String otpauthUri(String username, String base32Secret) {
        String issuer = encode(properties.totpIssuer());
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + base32Secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
