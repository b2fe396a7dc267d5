package fr.prestaflow.notification.messages;

import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.preferences.ContactChannel;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends planned messages, one delivery row at a time under its row lock, in a transaction of its own. A failure is
 * recorded and retried later with a doubling delay, until the attempts run out. A crash between the send and the
 * update means one more send: messages are at least once, never lost. Messages a consumer planned are sent on one
 * sender thread of their own after its commit; the row lock (skip locked) keeps that thread and the retry job from
 * sending one message twice.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 100;
    private static final int SENDER_QUEUE = 10_000;

    private final DeliveryLog deliveries;
    private final EmailSender email;
    private final SmsSender sms;
    private final TransactionTemplate ownTransaction;
    private final NotificationProperties.Messages settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(SENDER_QUEUE), Thread.ofPlatform().name("delivery-sender").daemon().factory(),
            new ThreadPoolExecutor.AbortPolicy());

    DeliveryDispatcher(DeliveryLog deliveries, EmailSender email, SmsSender sms, PlatformTransactionManager transactions,
                       NotificationProperties properties, Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.email = email;
        this.sms = sms;
        this.ownTransaction = new TransactionTemplate(transactions);
        // called after the consumer's commit, while its resources may still be bound: never join them
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = properties.messages();
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Sends these planned messages on the sender thread, so that a consumer does not wait for the mail server after
     * each poll. A message that does not get there (queue full, shutdown, crash) is still pending: the retry job sends
     * it once its first retry is due.
     */
    void sendSoon(List<UUID> deliveryIds) {
        try {
            sender.execute(() -> {
                for (UUID id : deliveryIds) {
                    try {
                        attempt(id);
                    } catch (RuntimeException e) {
                        log.warn("Sending message {} failed, left to the retry job: {}", id, e.getMessage());
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            log.info("{} messages left to the retry job: {}", deliveryIds.size(), e.getMessage());
        }
    }

    @PreDestroy
    void stopSending() {
        sender.shutdownNow();
    }

    void sendPendingOf(UUID eventId) {
        List<UUID> ids = ownTransaction.execute(status -> deliveries.pendingOf(eventId));
        ids.forEach(this::attempt);
    }

    @Scheduled(fixedDelayString = "${prestaflow.notification.messages.retry-poll-interval:30s}",
            initialDelayString = "${prestaflow.notification.messages.retry-poll-interval:30s}")
    void retryDue() {
        try {
            List<UUID> due = ownTransaction.execute(status -> deliveries.due(clock.instant(), settings.maxAttempts(), BATCH));
            due.forEach(this::attempt);
        } catch (RuntimeException e) {
            log.warn("Delivery retry round failed: {}", e.getMessage());
        }
    }

    void attempt(UUID deliveryId) {
        ownTransaction.executeWithoutResult(status -> deliveries.lockSendable(deliveryId, settings.maxAttempts())
                .ifPresent(this::send));
    }

    private void send(Delivery delivery) {
        try (var ignored = MDC.putCloseable("claimId", delivery.claimId().toString())) {
            try {
                if (delivery.channel() == ContactChannel.EMAIL) {
                    email.send(delivery.recipient(), delivery.subject(), delivery.textBody(), delivery.htmlBody());
                } else {
                    sms.send(delivery.recipient(), delivery.textBody());
                }
                deliveries.sent(delivery.id(), clock.instant());
                count(delivery, "sent");
                log.info("{} message {} sent by {}", delivery.kind(), delivery.id(), delivery.channel());
            } catch (RuntimeException e) {
                int attempts = delivery.attempts() + 1;
                Instant next = attempts < settings.maxAttempts() ? clock.instant().plus(backOff(attempts)) : null;
                deliveries.failed(delivery.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), next);
                count(delivery, next == null ? "given_up" : "failed");
                log.warn("{} message {} by {} failed (attempt {}/{}){}: {}", delivery.kind(), delivery.id(),
                        delivery.channel(), attempts, settings.maxAttempts(), next == null ? ", giving up" : "",
                        e.getMessage());
            }
        }
    }

    private void count(Delivery delivery, String outcome) {
        meters.counter("prestaflow.notification.deliveries", "channel", delivery.channel().name(), "kind",
                delivery.kind().name(), "outcome", outcome).increment();
    }

    private Duration backOff(int attempts) {
        return settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 10));
    }
}
