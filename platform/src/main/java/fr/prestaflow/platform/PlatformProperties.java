package fr.prestaflow.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messaging settings every service shares.
 *
 * @param pollInterval how often the outbox relay looks for unpublished events
 * @param batchSize how many outbox rows one relay round sends
 * @param retries attempts after the first before a message goes to its dead-letter topic
 * @param retryInitialInterval first back-off, doubled up to {@code retryMaxInterval}
 * @param partitions partitions of the topics a service creates (and of their dead-letter topics)
 */
@ConfigurationProperties("prestaflow.messaging")
public record PlatformProperties(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("4") int retries,
        @DefaultValue("500ms") Duration retryInitialInterval,
        @DefaultValue("5s") Duration retryMaxInterval,
        @DefaultValue("3") int partitions,
        @DefaultValue("true") boolean relayEnabled) {
}
