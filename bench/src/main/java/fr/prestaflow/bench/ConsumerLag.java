package fr.prestaflow.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind the services' consumer groups are on the given topics (end offset minus committed offset, summed per
 * group). Waiting for zero lag keeps one measure's backlog out of the next, and tells when each service caught up.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final Set<String> topics;

    ConsumerLag(String kafka, Set<String> topics) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
        this.topics = topics;
    }

    /** Lag per live consumer group on the watched topics; groups with no member or nothing committed are left out. */
    Map<String, Long> lag() throws Exception {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(20, TimeUnit.SECONDS)) {
            if (group.groupState().map(state -> state == GroupState.EMPTY || state == GroupState.DEAD).orElse(false)) {
                continue; // nobody consumes for it now (a stopped service, an old test): not a backlog anyone works on
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS)
                    .forEach((partition, offset) -> {
                        if (offset != null && topics.contains(partition.topic())) {
                            offsets.put(partition, offset);
                        }
                    });
            if (!offsets.isEmpty()) {
                committed.put(group.groupId(), offsets);
            }
        }
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        committed.values().forEach(offsets -> offsets.keySet().forEach(p -> wanted.put(p, OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = wanted.isEmpty() ? Map.of()
                : admin.listOffsets(wanted).all().get(20, TimeUnit.SECONDS);
        Map<String, Long> lag = new TreeMap<>();
        committed.forEach((group, offsets) -> lag.put(group, offsets.entrySet().stream()
                .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum()));
        return lag;
    }

    /**
     * Waits until every group has caught up (or the timeout), printing the lag every 5 s.
     *
     * @return the moment (epoch ms) each group was first seen at zero lag; groups still behind are absent
     */
    Map<String, Long> awaitCaughtUp(long timeoutMillis, String why) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Map<String, Long> caughtUp = new LinkedHashMap<>();
        long lastPrint = 0;
        while (true) {
            Map<String, Long> lag = lag();
            long now = System.currentTimeMillis();
            lag.forEach((group, behind) -> {
                if (behind == 0) {
                    caughtUp.putIfAbsent(group, now);
                } else {
                    caughtUp.remove(group);
                }
            });
            long total = lag.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                return caughtUp;
            }
            if (now - lastPrint >= 5000) {
                lastPrint = now;
                Map<String, Long> behind = new TreeMap<>();
                lag.forEach((group, l) -> {
                    if (l > 0) {
                        behind.put(group, l);
                    }
                });
                System.out.println("  " + why + ", consumer lag: " + behind);
            }
            if (now > deadline) {
                return caughtUp;
            }
            Thread.sleep(500);
        }
    }

    static Set<String> claimTopics() {
        return Set.copyOf(List.of(fr.prestaflow.contracts.Topics.INTAKE_CLAIMS,
                fr.prestaflow.contracts.Topics.TELETRANSMISSION_CLAIMS, fr.prestaflow.contracts.Topics.ADJUDICATION_CLAIMS,
                fr.prestaflow.contracts.Topics.PAYMENT_PAYMENTS, fr.prestaflow.contracts.Topics.NOEMIE_INBOUND_DECOMPTES));
    }

    @Override
    public void close() {
        admin.close();
    }
}
