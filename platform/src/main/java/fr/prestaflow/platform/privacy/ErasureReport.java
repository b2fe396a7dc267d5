package fr.prestaflow.platform.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What one service did for an erasure request: what it erased now, and what it keeps, why and until when. */
public record ErasureReport(String service, String contract, Instant erasedAt, List<Erased> erased, List<Kept> kept) {

    public ErasureReport {
        Objects.requireNonNull(contract, "contract");
        erased = List.copyOf(erased);
        kept = List.copyOf(kept);
    }

    public enum Action { PSEUDONYMISED, DELETED }

    /** {@code count}: rows changed by this run; 0 when a previous run already did it. */
    public record Erased(String category, Action action, int count) {
    }

    /** {@code keptUntil} empty while the period has not started yet (e.g. the contract still runs); see {@code basis}. */
    public record Kept(String category, String legalBasis, LocalDate keptUntil) {
        public Kept {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(legalBasis, "legalBasis");
        }
    }
}
