package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Amounts computed per line under the plan version in force. {@code reimbursed} is what the mutuelle pays {@code payee};
 * for a reversal it is what the mutuelle recovers, and {@code reversal} is true.
 */
public record ClaimAdjudicated(UUID claimId, Instant occurredAt, Channel channel, BeneficiaryRef beneficiary,
                               String planId, int planVersion, Money reimbursed, Payee payee,
                               LocalDate expectedPaymentDate, ClaimTotals totals, List<AdjudicatedLine> lines,
                               boolean reversal) implements ClaimEvent {

    public ClaimAdjudicated {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reimbursed, "reimbursed");
        lines = List.copyOf(lines);
    }
}
