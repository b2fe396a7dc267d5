package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the pain.002.001.10 status report a bank would return for one of our pain.001 files; the local stack's
 * simulated bank uses it to confirm batches. Accepted transfers get ACSC, rejected ones RJCT with their reason. It
 * does not validate what it writes: a report is validated where it is read, by the import ({@link Pain002Reader}),
 * whether the simulated bank wrote it or ops uploaded it.
 */
public final class Pain002Writer {

    private static final BankDecision ACCEPT = BankDecision.accept();

    /**
     * @param decisions by EndToEndId; a transfer without a decision is accepted
     * @throws IllegalArgumentException when a decision names an EndToEndId that is not in the batch
     */
    public byte[] write(CreditTransferBatch original, Map<String, BankDecision> decisions, String reportMessageId,
                        Instant createdAt) {
        requireKnown(original, decisions);
        List<Decided> decided = original.transfers().stream()
                .map(transfer -> new Decided(transfer, decisions.getOrDefault(transfer.endToEndId(), ACCEPT)))
                .toList();
        PaymentStatus status = overallStatus(decided);
        return XmlOut.document(SepaSchema.PAIN_002_001_10.namespace(), "CstmrPmtStsRpt", out -> {
            header(out, reportMessageId, createdAt);
            originalGroup(out, original, status, Optional.empty());
            countsPerStatus(out, decided);
            out.end();
            out.start("OrgnlPmtInfAndSts")
                    .leaf("OrgnlPmtInfId", original.pmtInfId())
                    .leaf("OrgnlNbOfTxs", Integer.toString(original.numberOfTransactions()))
                    .leaf("OrgnlCtrlSum", SepaAmounts.toXml(original.controlSum()))
                    .leaf("PmtInfSts", status.code());
            decided.forEach(d -> transaction(out, d));
            out.end();
        });
    }

    /** A whole-file rejection (e.g. FF01, AM05 for a replayed MsgId): group RJCT and no transaction list. */
    public byte[] rejectWholeMessage(CreditTransferBatch original, String reasonCode, String reportMessageId,
                                     Instant createdAt) {
        BankDecision.Reject reject = new BankDecision.Reject(reasonCode);
        return XmlOut.document(SepaSchema.PAIN_002_001_10.namespace(), "CstmrPmtStsRpt", out -> {
            header(out, reportMessageId, createdAt);
            originalGroup(out, original, PaymentStatus.REJECTED, Optional.of(reject));
            out.end();
        });
    }

    private static void requireKnown(CreditTransferBatch original, Map<String, BankDecision> decisions) {
        Set<String> unknown = new HashSet<>(decisions.keySet());
        original.endToEndIds().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Decisions for EndToEndIds not in batch " + original.msgId() + ": " + unknown);
        }
    }

    private static PaymentStatus overallStatus(List<Decided> decided) {
        long rejected = decided.stream().filter(Decided::rejected).count();
        if (rejected == 0) {
            return PaymentStatus.SETTLED;
        }
        return rejected == decided.size() ? PaymentStatus.REJECTED : PaymentStatus.PARTIAL;
    }

    private static void header(XmlOut out, String reportMessageId, Instant createdAt) {
        out.start("GrpHdr")
                .leaf("MsgId", SepaText.identifier("Report MsgId", reportMessageId))
                .leaf("CreDtTm", DateTimeFormatter.ISO_INSTANT.format(createdAt.truncatedTo(ChronoUnit.SECONDS)))
                .end();
    }

    /** Leaves {@code OrgnlGrpInfAndSts} open, so that the caller can add the counts per status. */
    private static void originalGroup(XmlOut out, CreditTransferBatch original, PaymentStatus status,
                                      Optional<BankDecision.Reject> groupRejection) {
        out.start("OrgnlGrpInfAndSts")
                .leaf("OrgnlMsgId", original.msgId())
                .leaf("OrgnlMsgNmId", SepaSchema.PAIN_001_001_09.messageName())
                .leaf("OrgnlCreDtTm", DateTimeFormatter.ISO_INSTANT.format(original.createdAt()))
                .leaf("OrgnlNbOfTxs", Integer.toString(original.numberOfTransactions()))
                .leaf("OrgnlCtrlSum", SepaAmounts.toXml(original.controlSum()))
                .leaf("GrpSts", status.code());
        groupRejection.ifPresent(reject -> reason(out, reject));
    }

    private static void countsPerStatus(XmlOut out, List<Decided> decided) {
        for (PaymentStatus status : List.of(PaymentStatus.SETTLED, PaymentStatus.REJECTED)) {
            List<Decided> inStatus = decided.stream().filter(d -> d.status().equals(status)).toList();
            if (!inStatus.isEmpty()) {
                Money sum = inStatus.stream().map(d -> d.transfer().amount()).reduce(Money.ZERO, Money::plus);
                out.start("NbOfTxsPerSts")
                        .leaf("DtldNbOfTxs", Integer.toString(inStatus.size()))
                        .leaf("DtldSts", status.code())
                        .leaf("DtldCtrlSum", SepaAmounts.toXml(sum))
                        .end();
            }
        }
    }

    private static void transaction(XmlOut out, Decided decided) {
        CreditTransfer transfer = decided.transfer();
        out.start("TxInfAndSts")
                .leaf("OrgnlInstrId", transfer.instrId())
                .leaf("OrgnlEndToEndId", transfer.endToEndId())
                .leaf("TxSts", decided.status().code());
        if (decided.decision() instanceof BankDecision.Reject reject) {
            reason(out, reject);
        }
        out.start("OrgnlTxRef").start("Amt")
                .amount("InstdAmt", SepaAmounts.EURO, SepaAmounts.toXml(transfer.amount()))
                .end().end()
                .end();
    }

    private static void reason(XmlOut out, BankDecision.Reject reject) {
        out.start("StsRsnInf").start("Rsn").leaf("Cd", reject.reasonCode()).end().end();
    }

    private record Decided(CreditTransfer transfer, BankDecision decision) {

        boolean rejected() {
            return decision instanceof BankDecision.Reject;
        }

        PaymentStatus status() {
            return rejected() ? PaymentStatus.REJECTED : PaymentStatus.SETTLED;
        }
    }
}
