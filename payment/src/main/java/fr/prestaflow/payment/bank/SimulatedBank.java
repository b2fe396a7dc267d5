package fr.prestaflow.payment.bank;

import fr.prestaflow.payment.PaymentProperties;
import fr.prestaflow.payment.sepa.BankDecision;
import fr.prestaflow.payment.sepa.CreditTransfer;
import fr.prestaflow.payment.sepa.CreditTransferBatch;
import fr.prestaflow.payment.sepa.Pain001Reader;
import fr.prestaflow.payment.sepa.Pain002Writer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bank of the local stack: reads back the pain.001 that payment wrote (and validated) and answers with a pain.002 that accepts every
 * transfer, except those to an IBAN of the configured reject list, rejected with their reason code. The answer goes
 * through the same import as a report uploaded by ops.
 */
public class SimulatedBank implements BankGateway {

    private static final Logger log = LoggerFactory.getLogger(SimulatedBank.class);

    private final Pain001Reader pain001Reader;
    private final Pain002Writer pain002Writer;
    private final BankStatusReports reports;
    private final Clock clock;
    private final boolean autoAnswer;
    private final Map<String, String> rejects;

    public SimulatedBank(Pain001Reader pain001Reader, Pain002Writer pain002Writer, BankStatusReports reports, Clock clock,
                         PaymentProperties.SimulatedBank settings) {
        this.pain001Reader = pain001Reader;
        this.pain002Writer = pain002Writer;
        this.reports = reports;
        this.clock = clock;
        this.autoAnswer = settings.autoAnswer();
        this.rejects = settings.rejects().stream().collect(Collectors.toUnmodifiableMap(
                reject -> reject.iban().replace(" ", ""), PaymentProperties.Reject::reasonCode));
    }

    @Override
    public void submit(UUID batchId, byte[] pain001) {
        if (autoAnswer) {
            answer(batchId, pain001);
        } else {
            log.info("Simulated bank received batch {}; it answers only when asked", batchId);
        }
    }

    /** Answers one batch, as the bank would, and imports the answer; returns the pain.002 sent. */
    public byte[] answer(UUID batchId, byte[] pain001) {
        CreditTransferBatch batch = pain001Reader.readWritten(pain001);
        Map<String, BankDecision> decisions = new LinkedHashMap<>();
        for (CreditTransfer transfer : batch.transfers()) {
            String reason = rejects.get(transfer.creditorIban().value());
            if (reason != null) {
                decisions.put(transfer.endToEndId(), BankDecision.reject(reason));
            }
        }
        // One report per batch, always with the same MsgId: answering twice is one import.
        String reportId = "SIM" + batchId.toString().replace("-", "");
        byte[] report = pain002Writer.write(batch, decisions, reportId, clock.instant());
        log.info("Simulated bank answers batch {}: {} accepted, {} rejected", batchId,
                batch.numberOfTransactions() - decisions.size(), decisions.size());
        reports.received(batchId, report);
        return report;
    }
}
