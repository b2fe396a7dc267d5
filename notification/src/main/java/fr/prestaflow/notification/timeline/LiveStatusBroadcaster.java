package fr.prestaflow.notification.timeline;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes each committed status change to the open streams of that claim. In-JVM: this is enough for one replica; with
 * several, a replica only sees the changes it consumed itself, so the streams would need a fan-out (each replica reading
 * the claims topics with its own consumer group, or a broadcast topic) before we scale out.
 */
@Component
class LiveStatusBroadcaster implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStatusBroadcaster.class);

    private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private volatile boolean running;

    void register(UUID claimId, SseEmitter emitter) {
        streams.computeIfAbsent(claimId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
        Runnable remove = () -> unregister(claimId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
    }

    /** After commit only: a member never sees a status that a rolled-back transaction would take back. */
    @TransactionalEventListener
    void on(ClaimStatusChanged changed) {
        StatusUpdate update = changed.update();
        Set<SseEmitter> emitters = streams.get(update.claimId());
        if (emitters == null) {
            return;
        }
        for (SseEmitter emitter : emitters) {
            send(emitter, update);
        }
    }

    static boolean send(SseEmitter emitter, StatusUpdate update) {
        try {
            emitter.send(SseEmitter.event().name("status").id(update.status().name()).data(update, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            log.debug("Stream of claim {} closed: {}", update.claimId(), e.getMessage());
            emitter.completeWithError(e);
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown, which would otherwise wait for them; clients
     * (EventSource) reconnect on their own, to another replica or to this one once restarted.
     */
    @Override
    public void stop() {
        running = false;
        streams.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void unregister(UUID claimId, SseEmitter emitter) {
        streams.computeIfPresent(claimId, (id, set) -> {
            set.remove(emitter);
            return set.isEmpty() ? null : set;
        });
    }
}
