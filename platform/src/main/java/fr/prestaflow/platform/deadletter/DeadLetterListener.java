package fr.prestaflow.platform.deadletter;

import fr.prestaflow.contracts.Topics;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Collects this service's dead letters from every {@code .DLT} topic. Several services may consume the same source
 * topic; each keeps only the records its own consumer group gave up on.
 */
public class DeadLetterListener {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterListener.class);

    private final DeadLetterStore store;
    private final String consumerGroup;

    public DeadLetterListener(DeadLetterStore store, String consumerGroup) {
        this.store = store;
        this.consumerGroup = consumerGroup;
    }

    @KafkaListener(id = "${spring.application.name}-dead-letters", groupId = "${spring.application.name}-dead-letters",
            topicPattern = ".*\\.DLT", properties = "metadata.max.age.ms=5000")
    void onDeadLetter(ConsumerRecord<String, String> record) {
        Map<String, String> headers = DeadLetterStore.readableHeaders(record);
        String group = headers.get("kafka_dlt-original-consumer-group");
        if (group != null && !group.equals(consumerGroup)) {
            return;
        }
        String sourceTopic = headers.getOrDefault("kafka_dlt-original-topic",
                record.topic().substring(0, record.topic().length() - Topics.DLT_SUFFIX.length()));
        log.warn("Dead letter from {} offset {} key {}: {}", sourceTopic, headers.get("kafka_dlt-original-offset"),
                record.key(), headers.get("kafka_dlt-exception-message"));
        store.record(record, sourceTopic);
    }
}
