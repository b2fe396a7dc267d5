package fr.prestaflow.notification.preferences;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Where and how a member wants to hear about their claims. An opted-out member gets no message at all. */
public record MemberContact(String contractNumber, Optional<String> email, Optional<String> phone,
                            Set<ContactChannel> channels, boolean optedOut, Instant updatedAt) {

    public MemberContact {
        channels = Set.copyOf(channels);
    }

    public boolean wants(ContactChannel channel) {
        return !optedOut && channels.contains(channel);
    }
}
