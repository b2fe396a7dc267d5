package fr.prestaflow.payment.sepa;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A parsed pain.002 {@code CstmrPmtStsRpt}: the status of a pain.001 we sent, at group, block and transaction level. */
public record PaymentStatusReport(String messageId, String originalMessageId, String originalMessageName,
                                  Optional<PaymentStatus> groupStatus, Optional<StatusReason> groupReason,
                                  List<PaymentInformationStatus> paymentInformations) {

    public PaymentStatusReport {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(originalMessageId, "originalMessageId");
        Objects.requireNonNull(originalMessageName, "originalMessageName");
        Objects.requireNonNull(groupStatus, "groupStatus");
        Objects.requireNonNull(groupReason, "groupReason");
        paymentInformations = List.copyOf(paymentInformations);
    }

    public List<TransactionStatus> transactions() {
        return paymentInformations.stream().flatMap(block -> block.transactions().stream()).toList();
    }

    /** The outcome of every transfer of the original batch; refuses a report about another message. */
    public Map<String, TransactionOutcome> outcomesFor(CreditTransferBatch original) {
        if (!originalMessageId.equals(original.msgId())) {
            throw new IllegalArgumentException("This status report is about message " + originalMessageId
                    + ", not " + original.msgId());
        }
        return outcomesFor(original.endToEndIds());
    }

    /**
     * The outcome of each given EndToEndId, in the given order. A transfer the report does not list takes the status
     * of its block, then of the group: a group RJCT without transactions rejects every transfer of the message.
     */
    public Map<String, TransactionOutcome> outcomesFor(Collection<String> endToEndIds) {
        Map<String, TransactionOutcome> outcomes = new LinkedHashMap<>();
        for (String endToEndId : endToEndIds) {
            outcomes.put(endToEndId, outcomeOf(endToEndId));
        }
        return outcomes;
    }

    private TransactionOutcome outcomeOf(String endToEndId) {
        for (PaymentInformationStatus block : paymentInformations) {
            for (TransactionStatus transaction : block.transactions()) {
                if (transaction.originalEndToEndId().equals(endToEndId)) {
                    return outcome(endToEndId,
                            transaction.status().or(block::status).or(this::groupStatus),
                            transaction.reason().or(block::reason).or(this::groupReason));
                }
            }
        }
        return outcome(endToEndId, unlistedBlock().flatMap(PaymentInformationStatus::status).or(this::groupStatus),
                unlistedBlock().flatMap(PaymentInformationStatus::reason).or(this::groupReason));
    }

    // Our files have one PmtInf, so a single block in the report is the block of every transfer it does not list.
    private Optional<PaymentInformationStatus> unlistedBlock() {
        return paymentInformations.size() == 1 ? Optional.of(paymentInformations.getFirst()) : Optional.empty();
    }

    private static TransactionOutcome outcome(String endToEndId, Optional<PaymentStatus> status,
                                              Optional<StatusReason> reason) {
        if (status.isEmpty()) {
            return new TransactionOutcome.Pending(endToEndId, status);
        }
        return switch (status.get().kind()) {
            case ACCEPTED -> new TransactionOutcome.Accepted(endToEndId, status.get());
            // Banks list only the refused transfers of a partly accepted file; the others went through.
            case PARTIALLY_ACCEPTED -> new TransactionOutcome.Accepted(endToEndId, status.get());
            case REJECTED -> new TransactionOutcome.Rejected(endToEndId, status.get(), reason);
            case PENDING -> new TransactionOutcome.Pending(endToEndId, status);
        };
    }
}
