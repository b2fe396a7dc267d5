package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.platform.messaging.BatchConsumer;
import fr.prestaflow.platform.messaging.EventBatchHandler;
import fr.prestaflow.platform.messaging.InboundEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Adjudicated claims become payment orders, a poll at a time in one transaction; every other event of the adjudication
 * topic is not ours to act on.
 */
@Component
class AdjudicationListener {

    static final String CONSUMER = "payment-orders";

    private final BatchConsumer batches;
    private final PaymentOrders orders;

    AdjudicationListener(BatchConsumer batches, PaymentOrders orders) {
        this.batches = batches;
        this.orders = orders;
    }

    @KafkaListener(topics = Topics.ADJUDICATION_CLAIMS, batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        batches.consume(CONSUMER, records, new EventBatchHandler() {
            private Poll poll;

            @Override
            public void prepare(List<InboundEvent> events) {
                poll = orders.prepare(events.stream().map(InboundEvent::event).filter(ClaimAdjudicated.class::isInstance)
                        .map(ClaimAdjudicated.class::cast).toList());
            }

            @Override
            public void apply(InboundEvent event) {
                if (event.event() instanceof ClaimAdjudicated adjudicated) {
                    orders.adjudicated(adjudicated, poll);
                }
            }
        });
    }
}
