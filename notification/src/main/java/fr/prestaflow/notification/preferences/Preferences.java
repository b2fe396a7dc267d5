package fr.prestaflow.notification.preferences;

import java.time.Instant;
import java.util.Set;

/** The member's notification preferences as the API returns them. */
record Preferences(String contractNumber, String email, String phone, Set<ContactChannel> channels, boolean optOut,
                   Instant updatedAt) {

    static Preferences of(MemberContact contact) {
        return new Preferences(contact.contractNumber(), contact.email().orElse(null), contact.phone().orElse(null),
                contact.channels(), contact.optedOut(), contact.updatedAt());
    }
}
