package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
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
 * Analysed claims from intake (uploads) and teletransmission (NOEMIE). The processed-message marker, the result, the
 * consumption and the outbox event commit in one transaction: a redelivery finds the marker and changes nothing.
 * Other events of those topics (received, sent to review, rejected upstream) are not adjudication's business.
 */
@Component
class ClaimsListener {

    static final String CONSUMER = "adjudication";

    private static final Logger log = LoggerFactory.getLogger(ClaimsListener.class);

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final ClaimAdjudicator adjudicator;

    ClaimsListener(EventCodec codec, IdempotentConsumer idempotent, ClaimAdjudicator adjudicator) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.adjudicator = adjudicator;
    }

    @KafkaListener(topics = {Topics.INTAKE_CLAIMS, Topics.TELETRANSMISSION_CLAIMS})
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent inbound = codec.decode(record);
        if (!(inbound.event() instanceof ClaimAnalysed analysed)) {
            return;
        }
        if (!idempotent.firstDelivery(CONSUMER, inbound.eventId())) {
            log.info("Event {} of claim {} already applied: redelivery ignored", inbound.eventId(), analysed.claimId());
            return;
        }
        adjudicator.adjudicate(analysed, inbound.eventId());
    }
}
