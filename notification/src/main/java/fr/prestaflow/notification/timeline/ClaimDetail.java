package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.wording.Explanation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the member may know about one claim: status and dated history, lines with amounts and reasons in French,
 * expected payment date, the payment, and for a rejection or a failed transfer what went wrong and what to do.
 */
public record ClaimDetail(UUID claimId, String reference, ClaimStatus status, String statusLabel, Instant statusAt,
                          Instant receivedAt, Channel channel, String contractNumber, Beneficiary beneficiary,
                          List<String> careTypes, Amounts amounts, Money reimbursed, boolean paidToPractitioner,
                          boolean reversal, LocalDate expectedPaymentDate, Payment payment, List<Explanation> rejection,
                          Explanation paymentFailure, List<Step> history, List<Line> lines) {

    public List<String> careTypeLabels() {
        return careTypes.stream().map(fr.prestaflow.notification.wording.CareTypes::label).distinct().toList();
    }
}
