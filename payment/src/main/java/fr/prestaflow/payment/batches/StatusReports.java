package fr.prestaflow.payment.batches;

import fr.prestaflow.payment.bank.BankStatusReports;
import fr.prestaflow.payment.orders.PaymentOrder;
import fr.prestaflow.payment.orders.PaymentOrders;
import fr.prestaflow.payment.sepa.InvalidSepaDocument;
import fr.prestaflow.payment.sepa.Pain002Reader;
import fr.prestaflow.payment.sepa.PaymentStatus;
import fr.prestaflow.payment.sepa.PaymentStatusReport;
import fr.prestaflow.payment.sepa.SepaRuleViolation;
import fr.prestaflow.payment.sepa.StatusReason;
import fr.prestaflow.payment.sepa.TransactionOutcome;
import fr.prestaflow.payment.sepa.TransactionStatus;
import fr.prestaflow.payment.web.ErrorCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a bank's pain.002 for one of our batches: accepted transfers are paid, rejected ones fail (and are followed
 * by a new attempt), pending ones wait for a later report. The same report imported twice changes nothing; so does a
 * later report repeating a verdict already applied, since only ISSUED orders move on.
 */
@Service
public class StatusReports implements BankStatusReports {

    private static final Logger log = LoggerFactory.getLogger(StatusReports.class);
    private static final StatusReason NO_REASON_GIVEN = new StatusReason("NARR");

    private final PaymentBatchStore store;
    private final PaymentOrders orders;
    private final Pain002Reader reader;
    private final Clock clock;

    StatusReports(PaymentBatchStore store, PaymentOrders orders, Pain002Reader reader, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void received(UUID batchId, byte[] pain002) {
        importReport(batchId, pain002);
    }

    @Transactional
    public StatusReportImport importReport(UUID batchId, byte[] pain002) {
        store.find(batchId).orElseThrow(() -> ErrorCode.BATCH_NOT_FOUND.exception("No payment batch " + batchId));
        PaymentStatusReport report = read(pain002);
        PaymentBatchStore.Batch batch = store.lock(batchId).orElseThrow();
        if (!report.originalMessageId().equals(batch.msgId())) {
            throw ErrorCode.STATUS_REPORT_MISMATCH.exception("This report answers message " + report.originalMessageId()
                    + "; batch " + batchId + " was sent as " + batch.msgId());
        }
        List<PaymentOrder> inBatch = orders.ofBatch(batchId);
        Map<String, PaymentOrder> byEndToEndId = inBatch.stream()
                .collect(Collectors.toMap(PaymentOrder::endToEndId, Function.identity()));
        Map<String, TransactionOutcome> outcomes = report.outcomesFor(byEndToEndId.keySet());
        warnAboutUnknownTransactions(report, byEndToEndId);
        boolean duplicate = store.reportKnown(batchId, report.messageId());
        if (duplicate) {
            log.info("Status report {} for batch {} was already imported: nothing to do", report.messageId(), batchId);
        } else {
            store.insertReport(batchId, report.messageId(), report.groupStatus().map(PaymentStatus::code).orElse(null),
                    clock.instant(), pain002);
            apply(outcomes, byEndToEndId, batch);
        }
        return new StatusReportImport(report.messageId(), duplicate,
                count(outcomes, TransactionOutcome.Accepted.class), count(outcomes, TransactionOutcome.Rejected.class),
                count(outcomes, TransactionOutcome.Pending.class), store.view(batchId).orElseThrow());
    }

    // The accepted transfers are settled together; each rejection has effects of its own (account, retry) and is
    // rare. A transfer has one outcome, so the order between them does not matter.
    private void apply(Map<String, TransactionOutcome> outcomes, Map<String, PaymentOrder> byEndToEndId,
                       PaymentBatchStore.Batch batch) {
        List<PaymentOrder> accepted = new ArrayList<>();
        outcomes.forEach((endToEndId, outcome) -> {
            PaymentOrder order = byEndToEndId.get(endToEndId);
            switch (outcome) {
                case TransactionOutcome.Accepted ignored -> accepted.add(order);
                case TransactionOutcome.Rejected rejected -> orders.fail(order, rejected.reason().orElse(NO_REASON_GIVEN));
                case TransactionOutcome.Pending pending -> log.debug("Transfer {} still pending at the bank", pending.endToEndId());
            }
        });
        orders.settle(accepted, batch.requestedExecutionDate());
    }

    private PaymentStatusReport read(byte[] pain002) {
        try {
            return reader.read(pain002 == null ? new byte[0] : pain002);
        } catch (InvalidSepaDocument e) {
            throw ErrorCode.INVALID_STATUS_REPORT.exception("The body is not a valid pain.002.001.10 document",
                    Map.of("problems", e.problems()));
        } catch (SepaRuleViolation e) {
            throw ErrorCode.INVALID_STATUS_REPORT.exception(e.getMessage());
        }
    }

    private static void warnAboutUnknownTransactions(PaymentStatusReport report, Map<String, PaymentOrder> ours) {
        List<String> unknown = report.transactions().stream().map(TransactionStatus::originalEndToEndId)
                .filter(id -> !ours.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            log.warn("Status report {} names transfers that are not in the batch, ignored: {}", report.messageId(), unknown);
        }
    }

    private static int count(Map<String, TransactionOutcome> outcomes, Class<? extends TransactionOutcome> kind) {
        return (int) outcomes.values().stream().filter(kind::isInstance).count();
    }
}
