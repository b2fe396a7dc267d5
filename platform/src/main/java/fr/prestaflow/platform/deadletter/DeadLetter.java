package fr.prestaflow.platform.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A message this service gave up on after bounded retries, as ops see it. */
public record DeadLetter(UUID id, String sourceTopic, int sourcePartition, long sourceOffset, String key, String eventId,
                         String eventType, Map<String, String> headers, String payload, String reason, Instant receivedAt,
                         Instant replayedAt) {
}
