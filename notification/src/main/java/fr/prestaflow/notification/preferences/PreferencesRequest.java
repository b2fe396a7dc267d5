package fr.prestaflow.notification.preferences;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The member's choice: where to reach them, on which channels, or not at all. */
record PreferencesRequest(
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9][0-9 .]{7,18}", message = "must be a phone number such as +33612345678") String phone,
        @NotNull Set<@NotNull ContactChannel> channels,
        boolean optOut) {
}
