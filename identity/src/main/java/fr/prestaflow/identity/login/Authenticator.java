package fr.prestaflow.identity.login;

import fr.prestaflow.identity.IdentityProperties;
import fr.prestaflow.identity.accounts.Account;
import fr.prestaflow.identity.accounts.AccountRepository;
import fr.prestaflow.identity.crypto.SecretBox;
import fr.prestaflow.identity.totp.Totp;
import fr.prestaflow.identity.web.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password, then second factor (TOTP or a recovery code), with lockout: {@code lockout.max-failures} failures in a row
 * (wrong password or wrong second factor) lock the account for {@code lockout.duration}, whatever is sent meanwhile.
 */
@Service
public class Authenticator {

    private static final Logger log = LoggerFactory.getLogger(Authenticator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SecretBox secrets;
    private final RecoveryCodes recoveryCodes;
    private final IdentityProperties properties;
    private final Clock clock;
    /** Hashed once so that an unknown username costs as much time as a known one. */
    private final String dummyHash;

    Authenticator(AccountRepository accounts, PasswordEncoder passwords, SecretBox secrets, RecoveryCodes recoveryCodes,
                  IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = passwords.encode("not a password of anyone");
    }

    /** A full login: password and the enrolled second factor. */
    public Account login(Credentials credentials) {
        Account account = checkPassword(credentials);
        if (!account.totpEnrolled()) {
            if (skipsSecondFactor(account, credentials)) {
                return succeeded(account);
            }
            throw new LoginRefused(ErrorCode.TOTP_ENROLMENT_REQUIRED,
                    "Enrol an authenticator app first: POST /api/v1/auth/totp/enrolment");
        }
        checkSecondFactor(account, credentials);
        return succeeded(account);
    }

    /**
     * Checks the password, counting a failure against the lockout; the returned account still has to pass its second
     * factor.
     */
    Account checkPassword(Credentials credentials) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByLogin(credentials.username());
        if (found.isEmpty()) {
            passwords.matches(credentials.password(), dummyHash);
            throw invalidCredentials();
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            throw locked(account.lockedUntil().orElseThrow());
        }
        if (!passwords.matches(credentials.password(), account.passwordHash())) {
            fail(account, now);
            throw invalidCredentials();
        }
        return account;
    }

    /** The enrolled TOTP, or a recovery code (used up), or nothing for a demo account in demo mode. */
    void checkSecondFactor(Account account, Credentials credentials) {
        Instant now = clock.instant();
        if (skipsSecondFactor(account, credentials)) {
            return;
        }
        if (present(credentials.recoveryCode())) {
            if (!recoveryCodes.use(account.id(), credentials.recoveryCode(), now)) {
                fail(account, now);
                throw new LoginRefused(ErrorCode.INVALID_TOTP, "This recovery code is not valid or was used already");
            }
            log.info("Account {} logged in with a recovery code", account.username());
            return;
        }
        if (!present(credentials.totp())) {
            throw new LoginRefused(ErrorCode.TOTP_REQUIRED, "Send the 6-digit code of your authenticator app as totp");
        }
        byte[] secret = secrets.open(account.sealedTotpSecret().orElseThrow());
        OptionalLong step = Totp.matchingStep(secret, credentials.totp().strip(), now);
        if (step.isEmpty() || !accounts.useTotpStep(account.id(), step.getAsLong())) {
            fail(account, now);
            throw new LoginRefused(ErrorCode.INVALID_TOTP, "The code is wrong, expired or was used already");
        }
    }

    /** Checks a code against a pending enrolment's secret; returns its step. */
    long checkPendingTotp(Account account, String code) {
        Instant now = clock.instant();
        byte[] secret = secrets.open(account.sealedPendingTotpSecret().orElseThrow(
                () -> new LoginRefused(ErrorCode.NO_PENDING_ENROLMENT, "Start an enrolment first")));
        OptionalLong step = Totp.matchingStep(secret, code == null ? "" : code.strip(), now);
        if (step.isEmpty()) {
            fail(account, now);
            throw new LoginRefused(ErrorCode.INVALID_TOTP, "The code does not match the new secret; check the phone's time");
        }
        return step.getAsLong();
    }

    Account succeeded(Account account) {
        if (account.failedAttempts() > 0 || account.lockedUntil().isPresent()) {
            accounts.recordSuccess(account.id());
        }
        return account;
    }

    private boolean skipsSecondFactor(Account account, Credentials credentials) {
        return properties.demoMode() && account.demo() && !present(credentials.totp()) && !present(credentials.recoveryCode());
    }

    private void fail(Account account, Instant now) {
        var lockout = properties.lockout();
        if (accounts.recordFailure(account.id(), lockout.maxFailures(), now.plus(lockout.duration()))) {
            log.warn("Account {} locked for {} after {} failed logins", account.username(), lockout.duration(),
                    lockout.maxFailures());
        }
    }

    private static LoginRefused invalidCredentials() {
        return new LoginRefused(ErrorCode.INVALID_CREDENTIALS, "Unknown username or wrong password");
    }

    private static LoginRefused locked(Instant until) {
        return new LoginRefused(ErrorCode.ACCOUNT_LOCKED, "Too many failed logins; try again after " + until,
                Optional.of(until));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
