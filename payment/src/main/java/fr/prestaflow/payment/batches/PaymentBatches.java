package fr.prestaflow.payment.batches;

import fr.prestaflow.payment.PaymentMetrics;
import fr.prestaflow.payment.PaymentProperties;
import fr.prestaflow.payment.accounts.BankAccounts;
import fr.prestaflow.payment.accounts.Creditor;
import fr.prestaflow.payment.orders.PaymentOrder;
import fr.prestaflow.payment.orders.PaymentOrders;
import fr.prestaflow.payment.sepa.CreditTransfer;
import fr.prestaflow.payment.sepa.CreditTransferBatch;
import fr.prestaflow.payment.sepa.Debtor;
import fr.prestaflow.payment.sepa.Pain001Writer;
import fr.prestaflow.payment.sepa.SepaIds;
import fr.prestaflow.payment.sepa.Target2Calendar;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers READY orders into one pain.001.001.09 file, schema-valid, with one PaymentIssued event per order. */
@Service
class PaymentBatches {

    private static final Logger log = LoggerFactory.getLogger(PaymentBatches.class);
    /** The mutuelle's business day is the French one, whatever the server's zone. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PaymentOrders orders;
    private final BankAccounts accounts;
    private final PaymentBatchStore store;
    private final Pain001Writer writer;
    private final Target2Calendar calendar;
    private final Debtor mutuelle;
    private final PaymentMetrics metrics;
    private final Clock clock;
    private final int maxTransfers;

    PaymentBatches(PaymentOrders orders, BankAccounts accounts, PaymentBatchStore store, Pain001Writer writer,
                   Target2Calendar calendar, Debtor mutuelle, PaymentMetrics metrics, Clock clock,
                   PaymentProperties properties) {
        this.orders = orders;
        this.accounts = accounts;
        this.store = store;
        this.writer = writer;
        this.calendar = calendar;
        this.mutuelle = mutuelle;
        this.metrics = metrics;
        this.clock = clock;
        this.maxTransfers = properties.maxTransfersPerBatch();
    }

    /**
     * The file, the batch row, the orders' ISSUED status and their events commit together. The requested execution
     * date is the first TARGET2 business day on or after today (Paris).
     *
     * @return the new batch, or empty when no order is READY
     */
    @Transactional
    public Optional<UUID> create(BatchTrigger trigger) {
        List<PaymentOrder> ready = orders.lockReady(maxTransfers);
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        UUID batchId = TimeOrderedIds.next();
        Instant now = clock.instant();
        LocalDate executionDate = calendar.nextBusinessDayOnOrAfter(LocalDate.ofInstant(now, PARIS));
        Map<UUID, Creditor> creditors = accounts.creditors(ready.stream().map(PaymentOrder::bankAccountId).toList());
        var batch = new CreditTransferBatch(SepaIds.messageId(batchId), SepaIds.paymentInformationId(batchId), now,
                executionDate, mutuelle, ready.stream().map(order -> transfer(order, creditors.get(order.bankAccountId())))
                .toList());
        byte[] pain001 = writer.write(batch);
        store.insert(batchId, batch, trigger, now, pain001);
        Map<UUID, String> maskedIbans = new HashMap<>();
        creditors.forEach((accountId, creditor) -> maskedIbans.put(accountId, creditor.maskedIban()));
        orders.issue(ready, batchId, executionDate, maskedIbans);
        metrics.batchCreated(trigger.name().toLowerCase(Locale.ROOT));
        log.info("Batch {} ({}): {} transfers, {} in total, to be executed on {}", batchId, batch.msgId(),
                batch.numberOfTransactions(), batch.controlSum(), executionDate);
        return Optional.of(batchId);
    }

    @Transactional(readOnly = true)
    public Optional<BatchView> view(UUID batchId) {
        return store.view(batchId);
    }

    @Transactional(readOnly = true)
    public List<BatchView> newest(int limit) {
        return store.newest(limit);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> pain001(UUID batchId) {
        return store.pain001(batchId);
    }

    private static CreditTransfer transfer(PaymentOrder order, Creditor creditor) {
        return new CreditTransfer(order.endToEndId(), SepaIds.instructionId(order.id()), order.amount(),
                creditor.holderName(), creditor.iban(), creditor.bic(), "Remboursement sante dossier " + order.claimId());
    }
}
