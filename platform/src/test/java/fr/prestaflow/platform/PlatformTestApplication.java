package fr.prestaflow.platform;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.platform.messaging.BatchConsumer;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.IdempotentConsumer;
import fr.prestaflow.platform.messaging.InboundEvent;
import fr.prestaflow.platform.outbox.OutboxWriter;
import fr.prestaflow.platform.privacy.ErasureReport;
import fr.prestaflow.platform.privacy.PersonalData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service on the platform: it consumes intake claim events and records one effect per event. */
@SpringBootApplication
class PlatformTestApplication {

    @Bean
    EffectListener effectListener(EventCodec codec, IdempotentConsumer idempotent, JdbcClient jdbc) {
        return new EffectListener(codec, idempotent, jdbc);
    }

    @Bean
    BatchEffectListener batchEffectListener(BatchConsumer batches, JdbcClient jdbc, OutboxWriter outbox) {
        return new BatchEffectListener(batches, jdbc, outbox);
    }

    private static void recordEffect(JdbcClient jdbc, InboundEvent inbound) {
        ClaimReceived received = (ClaimReceived) inbound.event();
        if ("explode".equals(received.source())) {
            throw new IllegalStateException("downstream failure");
        }
        jdbc.sql("insert into test_effect (event_id, claim_id, source) values (:e, :c, :s)")
                .param("e", inbound.eventId()).param("c", received.claimId()).param("s", received.source()).update();
    }

    /** The same effect, consumed a poll at a time in one transaction, and echoed to the outbox. */
    static class BatchEffectListener {

        static final String ECHO_TOPIC = "platform-test.echo";

        private final BatchConsumer batches;
        private final JdbcClient jdbc;
        private final OutboxWriter outbox;

        BatchEffectListener(BatchConsumer batches, JdbcClient jdbc, OutboxWriter outbox) {
            this.batches = batches;
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @KafkaListener(topics = Topics.TELETRANSMISSION_CLAIMS, batch = "true")
        public void on(List<ConsumerRecord<String, String>> records) {
            batches.consume("platform-test-batch", records, inbound -> {
                recordEffect(jdbc, inbound);
                outbox.append(ECHO_TOPIC, inbound.event());
            });
        }
    }

    /** A service holding members' data: CT-BUSY has a claim in progress; erasing keeps the claims ten years. */
    @Bean
    PersonalData personalData() {
        return new PersonalData() {
            @Override
            public Map<String, Object> export(String contract, boolean forMember) {
                return Map.of("claims", List.of(Map.of("contract", contract, "forMember", forMember)));
            }

            @Override
            public List<String> claimsInProgress(String contract) {
                return contract.equals("CT-BUSY") ? List.of("claim-1") : List.of();
            }

            @Override
            public Erasure erase(String contract) {
                return new Erasure(List.of(new ErasureReport.Erased("names", ErasureReport.Action.PSEUDONYMISED, 1)),
                        List.of(new ErasureReport.Kept("claims", "accounting", LocalDate.of(2035, 1, 1))));
            }
        };
    }

    static class EffectListener {

        private final EventCodec codec;
        private final IdempotentConsumer idempotent;
        private final JdbcClient jdbc;

        EffectListener(EventCodec codec, IdempotentConsumer idempotent, JdbcClient jdbc) {
            this.codec = codec;
            this.idempotent = idempotent;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = Topics.INTAKE_CLAIMS)
        @Transactional
        public void on(ConsumerRecord<String, String> record) {
            InboundEvent inbound = codec.decode(record);
            if (!idempotent.firstDelivery("platform-test", inbound.eventId())) {
                return;
            }
            recordEffect(jdbc, inbound);
        }
    }
}
