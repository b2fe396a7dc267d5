package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim in the member's list and statement. {@code reimbursed} is what the mutuelle pays, once adjudicated. */
public record ClaimSummary(UUID claimId, String reference, ClaimStatus status, String statusLabel, Instant statusAt,
                           Instant receivedAt, Channel channel, Beneficiary beneficiary, List<String> careTypes,
                           LocalDate firstCareDate, Amounts amounts, Money reimbursed, LocalDate expectedPaymentDate,
                           Payment payment) {
}
