package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.care.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored result of one claim, as ops see it and as its event is built from. {@code beneficiaryId}, {@code planId}
 * and {@code planVersion} are absent when the claim was rejected before the rules ran (unknown contract or
 * beneficiary); {@code expectedPaymentDate} is present only when something is paid.
 */
record Adjudication(UUID claimId, String contractNumber, Optional<Long> beneficiaryId, Optional<Integer> beneficiaryRank,
                    Optional<String> planId, Optional<Integer> planVersion, Channel channel, String source,
                    Status status, boolean reversal, List<String> rejectionCodes, Amounts totals, long reimbursedCents,
                    Optional<LocalDate> expectedPaymentDate, UUID eventId, int revision, Instant adjudicatedAt,
                    List<AdjudicationLine> lines) {

    enum Status { ADJUDICATED, REJECTED }

    Adjudication {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        rejectionCodes = List.copyOf(rejectionCodes);
        lines = List.copyOf(lines);
    }

    /** Sums over lines, or the amounts of one line: amoPaid + complementaryPaid + patientShare = billed. */
    record Amounts(long billedCents, long amoPaidCents, long complementaryPaidCents, long patientShareCents) {

        static final Amounts ZERO = new Amounts(0, 0, 0, 0);

        static Amounts of(List<AdjudicationLine> lines) {
            return lines.stream().map(AdjudicationLine::amounts).reduce(ZERO, Amounts::plus);
        }

        Amounts plus(Amounts other) {
            return new Amounts(Math.addExact(billedCents, other.billedCents),
                    Math.addExact(amoPaidCents, other.amoPaidCents),
                    Math.addExact(complementaryPaidCents, other.complementaryPaidCents),
                    Math.addExact(patientShareCents, other.patientShareCents));
        }
    }
}
