package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.platform.messaging.BatchConsumer;
import fr.prestaflow.platform.messaging.EventBatchHandler;
import fr.prestaflow.platform.messaging.InboundEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes every claims topic, a poll at a time in one transaction: the processed-message markers, the timelines and
 * the messages to send commit together, so a redelivered event has no second effect. A claim's events share its key,
 * hence its partition number in every claims topic, and the range assignor gives one partition number of every topic
 * to one thread: two threads rarely hold claim rows the other wants, and a poll locks its claim rows together, in claim
 * id order, before applying its events. When they do, PostgreSQL breaks the deadlock and the failed record is retried;
 * a claim that both meet first is inserted by one, and the other poll, which decided as if the claim were new, fails at
 * its write and is applied again.
 * Live status streams hear of the changes once the poll has committed. A payment order leaving in a batch is no step
 * and changes nothing here: its PaymentIssued events are skipped, neither decoded nor marked processed.
 */
@Component
class ClaimEventsListener {

    static final String CONSUMER = "notification-timeline";
    private static final String PAYMENT_ISSUED = EventTypes.typeOf(PaymentIssued.class);

    private final BatchConsumer batches;
    private final TimelineProjector projector;

    ClaimEventsListener(BatchConsumer batches, TimelineProjector projector) {
        this.batches = batches;
        this.projector = projector;
    }

    @KafkaListener(id = "claim-timeline", idIsGroup = false, topics = "#{T(fr.prestaflow.contracts.Topics).CLAIM_TOPICS}",
            concurrency = "3", batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        batches.consume(CONSUMER, records, new EventBatchHandler() {
            private TimelinePoll poll;

            @Override
            public boolean handles(String eventType) {
                return !PAYMENT_ISSUED.equals(eventType);
            }

            @Override
            public void prepare(List<InboundEvent> events) {
                poll = projector.prepare(events.stream().map(InboundEvent::event).toList());
            }

            @Override
            public void apply(InboundEvent event) {
                projector.apply(event.eventId(), event.event(), poll);
            }
        });
    }
}
