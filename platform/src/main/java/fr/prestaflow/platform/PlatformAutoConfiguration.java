package fr.prestaflow.platform;

import fr.prestaflow.platform.audit.AuditEventController;
import fr.prestaflow.platform.audit.AuditEvents;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.deadletter.DeadLetterController;
import fr.prestaflow.platform.deadletter.DeadLetterListener;
import fr.prestaflow.platform.deadletter.DeadLetterReplayer;
import fr.prestaflow.platform.deadletter.DeadLetterStore;
import fr.prestaflow.platform.json.SpreadConstructors;
import fr.prestaflow.platform.messaging.BatchConsumer;
import fr.prestaflow.platform.messaging.DeferredInserts;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.IdempotentConsumer;
import fr.prestaflow.platform.messaging.KafkaMessagingConfiguration;
import fr.prestaflow.platform.outbox.OutboxRelay;
import fr.prestaflow.platform.outbox.OutboxRelayScheduler;
import fr.prestaflow.platform.outbox.OutboxWriter;
import fr.prestaflow.platform.privacy.ExportRows;
import fr.prestaflow.platform.privacy.PersonalData;
import fr.prestaflow.platform.privacy.PrivacyController;
import fr.prestaflow.platform.privacy.RetentionRecords;
import fr.prestaflow.platform.trace.TraceFilter;
import fr.prestaflow.platform.web.CallerArgumentResolver;
import fr.prestaflow.platform.web.ProblemDetailsAdvice;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** The messaging backbone and HTTP conventions every Prestaflow service gets by depending on this module. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@EnableConfigurationProperties(PlatformProperties.class)
@PropertySource("classpath:prestaflow-platform.properties")
@Import(KafkaMessagingConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Registered by Spring Boot with the application's {@link JsonMapper}. */
    @Bean
    SpreadConstructors spreadConstructors() {
        return new SpreadConstructors();
    }

    @Bean
    EventCodec eventCodec(JsonMapper json) {
        return new EventCodec(json);
    }

    @Bean
    DeferredInserts deferredInserts(NamedParameterJdbcTemplate jdbc) {
        return new DeferredInserts(jdbc);
    }

    @Bean
    OutboxWriter outboxWriter(DeferredInserts inserts, EventCodec codec) {
        return new OutboxWriter(inserts, codec);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc) {
        return new IdempotentConsumer(jdbc);
    }

    @Bean
    BatchConsumer batchConsumer(TransactionTemplate transactions, IdempotentConsumer idempotent, EventCodec codec,
                                DeferredInserts inserts) {
        return new BatchConsumer(transactions, idempotent, codec, inserts);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
                            @Value("${spring.application.name}") String service, PlatformProperties properties,
                            MeterRegistry meters) {
        return new OutboxRelay(jdbc, kafka, transactions, service, properties.batchSize(), meters);
    }

    @Bean
    @ConditionalOnProperty(name = "prestaflow.messaging.relay-enabled", matchIfMissing = true)
    OutboxRelayScheduler outboxRelayScheduler(OutboxRelay relay, PlatformProperties properties) {
        return new OutboxRelayScheduler(relay, properties.pollInterval());
    }

    @Bean
    DeadLetterStore deadLetterStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new DeadLetterStore(jdbc, json, clock);
    }

    @Bean
    DeadLetterListener deadLetterListener(DeadLetterStore store, @Value("${spring.kafka.consumer.group-id}") String group) {
        return new DeadLetterListener(store, group);
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(DeadLetterStore store, OutboxWriter outbox, JsonMapper json) {
        return new DeadLetterReplayer(store, outbox, json);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterStore store, DeadLetterReplayer replayer, AuditTrail audit) {
        return new DeadLetterController(store, replayer, audit);
    }

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        return new AuditTrail(jdbc, clock, transactions);
    }

    @Bean
    AuditEvents auditEvents(JdbcClient jdbc) {
        return new AuditEvents(jdbc);
    }

    @Bean
    AuditEventController auditEventController(AuditEvents events) {
        return new AuditEventController(events);
    }

    @Bean
    RetentionRecords retentionRecords(JdbcClient jdbc) {
        return new RetentionRecords(jdbc);
    }

    @Bean
    ExportRows exportRows(JdbcClient jdbc, JsonMapper json) {
        return new ExportRows(jdbc, json);
    }

    /** Only in services that hold members' data (they declare a {@link PersonalData}). */
    @Bean
    @ConditionalOnBean(PersonalData.class)
    PrivacyController privacyController(@Value("${spring.application.name}") String service, PersonalData data,
                                        RetentionRecords retention, TransactionTemplate transactions, Clock clock,
                                        AuditTrail audit) {
        return new PrivacyController(service, data, retention, transactions, clock, audit);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Controllers take a {@link Caller} parameter built from the gateway's identity headers. */
    @Bean
    WebMvcConfigurer callerResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    FilterRegistrationBean<TraceFilter> traceFilter() {
        var registration = new FilterRegistrationBean<>(new TraceFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
