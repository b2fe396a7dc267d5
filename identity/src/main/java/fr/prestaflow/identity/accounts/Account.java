package fr.prestaflow.identity.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** A person who logs in: a member (with their contract number) or a staff agent. Secrets stay encrypted here. */
public record Account(UUID id, String username, Optional<String> email, String passwordHash, Optional<String> contractNumber,
                      Set<Role> roles, Optional<String> sealedTotpSecret, Optional<String> sealedPendingTotpSecret,
                      OptionalLong lastTotpStep, int failedAttempts, Optional<Instant> lockedUntil, boolean demo) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean member() {
        return roles.contains(Role.MEMBER);
    }

    public boolean totpEnrolled() {
        return sealedTotpSecret.isPresent();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
