package fr.prestaflow.platform;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.IdempotentConsumer;
import fr.prestaflow.platform.messaging.InboundEvent;
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
            ClaimReceived received = (ClaimReceived) inbound.event();
            if ("explode".equals(received.source())) {
                throw new IllegalStateException("downstream failure");
            }
            jdbc.sql("insert into test_effect (event_id, claim_id, source) values (:e, :c, :s)")
                    .param("e", inbound.eventId()).param("c", received.claimId()).param("s", received.source()).update();
        }
    }
}
