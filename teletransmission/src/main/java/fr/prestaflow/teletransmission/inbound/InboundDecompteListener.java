package fr.prestaflow.teletransmission.inbound;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.IdempotentConsumer;
import fr.prestaflow.platform.outbox.OutboxWriter;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrators post one décompte per message on noemie.inbound.decomptes.v1 (a {@code 100} record and its {@code 200}
 * lines, key = décompte id, header {@code nlf-sender}). Every message is answered on
 * noemie.inbound.acknowledgments.v1 through the outbox, in the transaction of its claims: an invalid message is never
 * dropped silently. A message with a {@code ce_id} header is applied once per id; without one, a second message with
 * the same décompte id from the same sender is rejected with NLF-E033, so it never makes a second claim.
 *
 * <p>The value is read as ISO-8859-1, which maps every byte to one char, so that the exact bytes reach the validator and
 * invalid UTF-8 is reported as NLF-E002 rather than silently replaced. (A message that ends in the dead-letter topic,
 * after infrastructure failures only, is re-encoded there as UTF-8 by the platform's String producer; valid NLF is
 * ASCII, so only messages that would be rejected anyway can differ.)
 */
@Component
class InboundDecompteListener {

    static final String CONSUMER = "teletransmission-inbound";

    private final InboundDecomptes decomptes;
    private final IdempotentConsumer idempotent;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final MeterRegistry meters;

    InboundDecompteListener(InboundDecomptes decomptes, IdempotentConsumer idempotent, OutboxWriter outbox, Clock clock,
                            TeletransmissionProperties properties, MeterRegistry meters) {
        this.decomptes = decomptes;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = properties.zone();
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.NOEMIE_INBOUND_DECOMPTES, properties = "value.deserializer.encoding=ISO-8859-1")
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        Optional<UUID> eventId = eventId(record);
        if (eventId.isPresent() && !idempotent.firstDelivery(CONSUMER, eventId.get())) {
            return; // already acknowledged
        }
        byte[] message = record.value() == null ? new byte[0] : record.value().getBytes(StandardCharsets.ISO_8859_1);
        DecompteAcknowledged ack = decomptes.handle(Optional.ofNullable(EventCodec.header(record, EventHeaders.NLF_SENDER)),
                record.key(), message, producedOn(record));
        outbox.append(TimeOrderedIds.next(), Topics.NOEMIE_INBOUND_ACKNOWLEDGMENTS, "nlf-decompte", ack.decompteId(),
                DecompteAcknowledged.TYPE, ack);
        meters.counter("prestaflow.teletransmission.inbound.decomptes", "outcome", ack.status().name()).increment();
    }

    private static Optional<UUID> eventId(ConsumerRecord<String, String> record) {
        String id = EventCodec.header(record, EventHeaders.ID);
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a CloudEvents id of ours: rely on the décompte registry
        }
    }

    private LocalDate producedOn(ConsumerRecord<String, String> record) {
        Instant at = record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : clock.instant();
        return at.atZone(zone).toLocalDate();
    }
}
