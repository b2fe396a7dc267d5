package fr.prestaflow.teletransmission.nlf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A registry of earlier files for tests: what a caller records once it has committed a file. */
final class InMemoryNlfRegistry implements NlfRegistry {

    private final Map<FileKey, PriorFile> files = new HashMap<>();
    private final Set<String> decomptes = new HashSet<>();

    InMemoryNlfRegistry recordFile(FileKey key, String sha256, byte[] acknowledgment) {
        files.put(key, PriorFile.of(sha256, acknowledgment));
        return this;
    }

    InMemoryNlfRegistry recordDecompte(String senderCode, String decompteId) {
        decomptes.add(senderCode + '|' + decompteId);
        return this;
    }

    @Override
    public Optional<PriorFile> priorFile(FileKey key) {
        return Optional.ofNullable(files.get(key));
    }

    @Override
    public boolean decompteIngested(String senderCode, String decompteId) {
        return decomptes.contains(senderCode + '|' + decompteId);
    }
}
