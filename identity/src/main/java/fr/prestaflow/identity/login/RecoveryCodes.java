package fr.prestaflow.identity.login;

import fr.prestaflow.identity.accounts.AccountRepository;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-time codes that replace a TOTP code once each: {@code xxxx-xxxx-xx}, 10 characters from a 32-letter alphabet
 * without look-alikes (50 bits). Only their password hashes are stored.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
    private static final int LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SecureRandom random;

    RecoveryCodes(AccountRepository accounts, PasswordEncoder passwords, SecureRandom random) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.random = random;
    }

    List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c == 4 || c == 8) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    String hash(String code) {
        return passwords.encode(normalise(code));
    }

    /** True when the code was one of the account's unused ones; it is used up, even by a concurrent request. */
    boolean use(UUID accountId, String code, Instant now) {
        String candidate = normalise(code);
        for (AccountRepository.RecoveryCode stored : accounts.unusedRecoveryCodes(accountId)) {
            if (passwords.matches(candidate, stored.hash())) {
                return accounts.useRecoveryCode(stored.id(), now);
            }
        }
        return false;
    }

    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
    }
}
