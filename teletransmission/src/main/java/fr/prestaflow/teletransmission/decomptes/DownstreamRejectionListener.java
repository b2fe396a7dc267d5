package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
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
 * NLF.md §8: an accepted décompte whose contract or beneficiary is unknown becomes a claim rejected by the pipeline;
 * ops see it with its file and décompte, and the file counts it. Other claims and other events are not ours.
 */
@Component
class DownstreamRejectionListener {

    static final String CONSUMER = "teletransmission-downstream";
    private static final String REJECTED = EventTypes.typeOf(ClaimRejected.class);
    private static final Logger log = LoggerFactory.getLogger(DownstreamRejectionListener.class);

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final ClaimOutcomes outcomes;

    DownstreamRejectionListener(EventCodec codec, IdempotentConsumer idempotent, ClaimOutcomes outcomes) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.outcomes = outcomes;
    }

    @KafkaListener(topics = Topics.ADJUDICATION_CLAIMS)
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        if (!REJECTED.equals(EventCodec.header(record, EventHeaders.TYPE))) {
            return; // adjudicated claims and the like: not decoded, so their volume costs little
        }
        InboundEvent inbound = codec.decode(record);
        if (!(inbound.event() instanceof ClaimRejected rejected) || !outcomes.isOurs(rejected.claimId())) {
            return;
        }
        if (!idempotent.firstDelivery(CONSUMER, inbound.eventId())) {
            return; // already applied: redelivery after a crash, or a relay re-send
        }
        log.info("Claim rejected downstream at {} with {}", rejected.stage(), rejected.codes());
        outcomes.rejected(rejected);
    }
}
