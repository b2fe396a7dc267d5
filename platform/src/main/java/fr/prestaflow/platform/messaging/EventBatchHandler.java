package fr.prestaflow.platform.messaging;

import java.util.List;

/** What a consumer does with the new events of one poll, applied in one transaction by {@link BatchConsumer}. */
public interface EventBatchHandler {

    /**
     * Called once per transaction before the events are applied, with the events about to be applied (first deliveries,
     * in record order): the place to lock, in a stable order, every row the batch will change, so that two consumer
     * threads never wait on each other crosswise. Must not fail because of one event's bad data; {@link #apply} reports
     * that event.
     */
    default void prepare(List<InboundEvent> events) {
    }

    void apply(InboundEvent event);

    /**
     * Whether events of this {@code ce_type} are this consumer's business. The others are skipped before they are
     * decoded or marked processed: their offsets are committed with the poll's and nothing else is written for them.
     */
    default boolean handles(String eventType) {
        return true;
    }
}
