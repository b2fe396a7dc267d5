package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.platform.messaging.BatchConsumer;
import fr.prestaflow.platform.messaging.EventBatchHandler;
import fr.prestaflow.platform.messaging.InboundEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Analysed claims from intake (uploads) and teletransmission (NOEMIE), a poll at a time: the processed-message markers,
 * the results, the consumption and the outbox events of the poll commit in one transaction, so a redelivery finds the
 * markers and changes nothing. Other events of those topics (received, sent to review, rejected upstream) are not
 * adjudication's business: they are skipped undecoded, without a marker.
 */
@Component
class ClaimsListener {

    static final String CONSUMER = "adjudication";
    private static final String ANALYSED = EventTypes.typeOf(ClaimAnalysed.class);

    private final BatchConsumer batches;
    private final ClaimAdjudicator adjudicator;

    ClaimsListener(BatchConsumer batches, ClaimAdjudicator adjudicator) {
        this.batches = batches;
        this.adjudicator = adjudicator;
    }

    @KafkaListener(topics = {Topics.INTAKE_CLAIMS, Topics.TELETRANSMISSION_CLAIMS}, batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        batches.consume(CONSUMER, records, new EventBatchHandler() {
            private Poll poll;

            @Override
            public boolean handles(String eventType) {
                return ANALYSED.equals(eventType);
            }

            @Override
            public void prepare(List<InboundEvent> events) {
                poll = adjudicator.prepare(events.stream().map(InboundEvent::event)
                        .filter(ClaimAnalysed.class::isInstance).map(ClaimAnalysed.class::cast).toList());
            }

            @Override
            public void apply(InboundEvent event) {
                if (event.event() instanceof ClaimAnalysed analysed) {
                    adjudicator.adjudicate(analysed, event.eventId(), poll);
                }
            }
        });
    }
}
