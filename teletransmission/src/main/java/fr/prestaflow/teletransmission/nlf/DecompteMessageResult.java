package fr.prestaflow.teletransmission.nlf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one integrator message: the same entries an NLA would list (line numbers within the message) and,
 * when accepted, the décompte to ingest.
 */
public record DecompteMessageResult(NlaStatus status, List<NlaEntry> entries, Optional<AcceptedDecompte> accepted) {

    public DecompteMessageResult {
        Objects.requireNonNull(status, "status");
        entries = List.copyOf(entries);
        Objects.requireNonNull(accepted, "accepted");
    }

    public boolean hasErrors() {
        return entries.stream().anyMatch(entry -> !entry.isWarning());
    }
}
