package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One pain.001 file: one group header and one payment information block paying every transfer from the debtor's
 * account on the requested execution date.
 *
 * @param msgId     unique per file for the debtor bank, which rejects a replayed MsgId as a duplicate
 * @param createdAt kept to the second, the precision written in {@code CreDtTm}
 */
public record CreditTransferBatch(String msgId, String pmtInfId, Instant createdAt, LocalDate requestedExecutionDate,
                                  Debtor debtor, List<CreditTransfer> transfers) {

    public CreditTransferBatch {
        msgId = SepaText.identifier("MsgId", msgId);
        pmtInfId = SepaText.identifier("PmtInfId", pmtInfId);
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        Objects.requireNonNull(debtor, "debtor");
        transfers = List.copyOf(transfers);
        if (transfers.isEmpty()) {
            throw new SepaRuleViolation("A credit transfer batch needs at least one transfer");
        }
        // pain.002 reports each transaction by these references only, so a duplicate could not be told apart.
        requireUnique("EndToEndId", transfers, CreditTransfer::endToEndId);
        requireUnique("InstrId", transfers, CreditTransfer::instrId);
        if (sum(transfers).compareTo(SepaAmounts.MAXIMUM_CONTROL_SUM) > 0) {
            throw new SepaRuleViolation("The batch total does not fit the 18 digits of CtrlSum; split the batch");
        }
    }

    public int numberOfTransactions() {
        return transfers.size();
    }

    public Money controlSum() {
        return sum(transfers);
    }

    public List<String> endToEndIds() {
        return transfers.stream().map(CreditTransfer::endToEndId).toList();
    }

    private static Money sum(List<CreditTransfer> transfers) {
        return transfers.stream().map(CreditTransfer::amount).reduce(Money.ZERO, Money::plus);
    }

    private static void requireUnique(String field, List<CreditTransfer> transfers,
                                      Function<CreditTransfer, String> reference) {
        Set<String> seen = new HashSet<>();
        for (CreditTransfer transfer : transfers) {
            if (!seen.add(reference.apply(transfer))) {
                throw new SepaRuleViolation(field + " appears twice in the batch: " + reference.apply(transfer));
            }
        }
    }
}
