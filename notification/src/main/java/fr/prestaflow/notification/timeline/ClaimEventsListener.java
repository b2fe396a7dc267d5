package fr.prestaflow.notification.timeline;

import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.IdempotentConsumer;
import fr.prestaflow.platform.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes every claims topic, one transaction per record: the processed-message marker, the timeline, and the messages
 * to send commit together, so a redelivered event has no second effect.
 */
@Component
class ClaimEventsListener {

    static final String CONSUMER = "notification-timeline";
    private static final Logger log = LoggerFactory.getLogger(ClaimEventsListener.class);

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final TimelineProjector projector;

    ClaimEventsListener(EventCodec codec, IdempotentConsumer idempotent, TimelineProjector projector) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.projector = projector;
    }

    @KafkaListener(id = "claim-timeline", idIsGroup = false, topics = "#{T(fr.prestaflow.contracts.Topics).CLAIM_TOPICS}",
            concurrency = "3")
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent inbound = codec.decode(record);
        if (!idempotent.firstDelivery(CONSUMER, inbound.eventId())) {
            log.debug("Event {} already applied", inbound.eventId());
            return;
        }
        projector.apply(inbound.eventId(), inbound.event());
    }
}
