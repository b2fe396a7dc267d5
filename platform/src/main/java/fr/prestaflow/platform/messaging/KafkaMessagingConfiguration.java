package fr.prestaflow.platform.messaging;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.PlatformProperties;
import fr.prestaflow.platform.trace.TraceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Bounded blocking retries, then {@code <topic>.DLT} (same partition, original headers kept, reason added). Blocking so
 * that a later event of the same claim never overtakes an earlier one. Bad data is not retried.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaMessagingConfiguration {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, PlatformProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, e) -> {
            var headers = new RecordHeaders();
            headers.add(EventHeaders.DLT_REASON, reasonOf(e).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        var backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        return handler;
    }

    /** The first exception past Spring Kafka's own wrappers: the one that says what was wrong with the message. */
    static String reasonOf(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getClass().getName().startsWith("org.springframework.kafka")) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The claim id (the key) and the trace id sit in the MDC for the whole handling of a record. */
    @Bean
    RecordInterceptor<Object, Object> traceRecordInterceptor() {
        return new RecordInterceptor<>() {
            private final ThreadLocal<TraceContext.Scope> scope = new ThreadLocal<>();

            @Override
            @SuppressWarnings("unchecked")
            public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                            Consumer<Object, Object> consumer) {
                if (record.key() != null) {
                    MDC.put("claimId", record.key().toString());
                }
                scope.set(TraceContext.enter(EventCodec.header((ConsumerRecord<?, ?>) record, EventHeaders.TRACEPARENT)));
                return record;
            }

            @Override
            public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                TraceContext.Scope current = scope.get();
                if (current != null) {
                    current.close();
                    scope.remove();
                }
                MDC.remove("claimId");
            }
        };
    }

    @Bean
    KafkaAdmin.NewTopics prestaflowTopics(PlatformProperties properties,
                                          @Value("${prestaflow.messaging.replication-factor:1}") short replicas) {
        List<NewTopic> topics = new ArrayList<>();
        List<String> all = new ArrayList<>(Topics.CLAIM_TOPICS);
        all.add(Topics.NOEMIE_INBOUND_DECOMPTES);
        all.add(Topics.NOEMIE_INBOUND_ACKNOWLEDGMENTS);
        all.add(Topics.PAYMENT_BANK_ACCOUNTS);
        for (String topic : all) {
            topics.add(TopicBuilder.name(topic).partitions(properties.partitions()).replicas(replicas).build());
            topics.add(TopicBuilder.name(Topics.deadLetterOf(topic)).partitions(properties.partitions()).replicas(replicas).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
