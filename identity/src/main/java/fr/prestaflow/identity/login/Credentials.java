package fr.prestaflow.identity.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person sends to log in: username (or a member's e-mail), password, and the second factor as a 6-digit TOTP
 * code or, instead, one of their recovery codes.
 */
public record Credentials(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 1024) String password,
                          @Size(max = 12) String totp, @Size(max = 32) String recoveryCode) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + "]"; // never the secrets, should this reach a log
    }
}
