package fr.prestaflow.platform.messaging;

import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.trace.TraceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the records of one poll in one database transaction: their processed-message markers, their effects and the
 * events they write to the outbox commit together, or not at all. One commit per poll instead of one per record is what
 * lets a consumer keep up with a teletransmission file of thousands of claims; the rows the poll inserts through
 * {@link DeferredInserts} (its outbox events among them) go in together just before the commit.
 *
 * <p>When a record fails, the transaction is rolled back, the records before it are applied again in a new transaction
 * and committed, and a {@link BatchListenerFailedException} names the failed one: the error handler then commits the
 * offsets before it, retries it (unless its data is bad), sends it alone to the dead-letter topic, and goes on with the
 * records after it. Redelivered records find their markers and have no second effect.
 */
public class BatchConsumer {

    private final TransactionTemplate transactions;
    private final IdempotentConsumer idempotent;
    private final EventCodec codec;
    private final DeferredInserts inserts;

    public BatchConsumer(TransactionTemplate transactions, IdempotentConsumer idempotent, EventCodec codec,
                         DeferredInserts inserts) {
        this.transactions = transactions;
        this.idempotent = idempotent;
        this.codec = codec;
        this.inserts = inserts;
    }

    public void consume(String consumer, List<ConsumerRecord<String, String>> records, EventBatchHandler handler) {
        int end = records.size();
        RecordFailure failure = null;
        while (end > 0) {
            try {
                applyInOneTransaction(consumer, records.subList(0, end), handler);
                break;
            } catch (RecordFailure f) {
                failure = failure == null || f.index < failure.index ? f : failure;
                end = f.index;
            } catch (RuntimeException notAttributable) {
                // e.g. the deferred inserts refused at commit: one record per transaction tells which one it was
                applyOneByOne(consumer, records.subList(0, end), handler);
                break;
            }
        }
        if (failure != null) {
            throw new BatchListenerFailedException(failure.getCause().getMessage(), failure.getCause(),
                    records.get(failure.index));
        }
    }

    private void applyOneByOne(String consumer, List<ConsumerRecord<String, String>> records, EventBatchHandler handler) {
        for (ConsumerRecord<String, String> record : records) {
            try {
                applyInOneTransaction(consumer, List.of(record), handler);
            } catch (RecordFailure f) {
                throw new BatchListenerFailedException(f.getCause().getMessage(), f.getCause(), record);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, record);
            }
        }
    }

    private void applyInOneTransaction(String consumer, List<ConsumerRecord<String, String>> records,
                                       EventBatchHandler handler) {
        transactions.executeWithoutResult(status -> {
            inserts.deferUntilCommit();
            List<Decoded> decoded = decode(records, handler);
            Set<UUID> fresh = idempotent.firstDeliveries(consumer,
                    decoded.stream().filter(d -> d.event != null).map(d -> d.event.eventId()).toList());
            List<Decoded> toApply = new ArrayList<>();
            Set<UUID> taken = new HashSet<>();
            for (Decoded d : decoded) {
                if (d.event == null || fresh.contains(d.event.eventId()) && taken.add(d.event.eventId())) {
                    toApply.add(d);
                }
            }
            handler.prepare(toApply.stream().filter(d -> d.event != null).map(Decoded::event).toList());
            for (Decoded d : toApply) {
                apply(d, handler);
            }
        });
    }

    private List<Decoded> decode(List<ConsumerRecord<String, String>> records, EventBatchHandler handler) {
        List<Decoded> decoded = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            String type = EventCodec.header(record, EventHeaders.TYPE);
            if (type != null && !handler.handles(type)) {
                continue;
            }
            try {
                decoded.add(new Decoded(i, record, codec.decode(record), null));
            } catch (RuntimeException e) {
                decoded.add(new Decoded(i, record, null, e));
            }
        }
        return decoded;
    }

    private static void apply(Decoded d, EventBatchHandler handler) {
        if (d.error != null) {
            throw new RecordFailure(d.index, d.error);
        }
        if (d.record.key() != null) {
            MDC.put("claimId", d.record.key());
        }
        try (var trace = TraceContext.enter(EventCodec.header(d.record, EventHeaders.TRACEPARENT))) {
            handler.apply(d.event);
        } catch (RuntimeException e) {
            throw new RecordFailure(d.index, e);
        } finally {
            MDC.remove("claimId");
        }
    }

    private record Decoded(int index, ConsumerRecord<String, String> record, InboundEvent event, RuntimeException error) {
    }

    /** Carries the failed record's position out of the rolled-back transaction. */
    private static final class RecordFailure extends RuntimeException {

        private final int index;

        RecordFailure(int index, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }
    }
}
