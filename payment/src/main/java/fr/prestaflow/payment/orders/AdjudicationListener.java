package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.IdempotentConsumer;
import fr.prestaflow.platform.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adjudicated claims become payment orders; every other event of the adjudication topic is not ours to act on. */
@Component
class AdjudicationListener {

    static final String CONSUMER = "payment-orders";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final PaymentOrders orders;

    AdjudicationListener(EventCodec codec, IdempotentConsumer idempotent, PaymentOrders orders) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.orders = orders;
    }

    @KafkaListener(topics = Topics.ADJUDICATION_CLAIMS)
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent inbound = codec.decode(record);
        if (!idempotent.firstDelivery(CONSUMER, inbound.eventId())) {
            return; // already applied: redelivery after a crash, or a relay re-send
        }
        if (inbound.event() instanceof ClaimAdjudicated adjudicated) {
            orders.adjudicated(adjudicated);
        }
    }
}
