package fr.prestaflow.teletransmission.files;

import fr.prestaflow.teletransmission.decomptes.DecompteRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;

/**
 * Answers NLF-E033 (décompte already ingested from this sender) for the décomptes of a stored file a window at a time.
 * A second reader goes ahead in the file, takes the ids of the next {@value #WINDOW} {@code 100} records and asks the
 * database about all of them in one query; asking as the validation pass reaches each décompte took a round trip per
 * décompte, most of a 20,000-décompte file's ingestion time. The reader only splits lines on {@code |}: ids the pass
 * never asks about (a bad id, a repeat within the file) are passed over, and an id not found in the next window either
 * is asked alone.
 */
final class DecompteLookahead implements AutoCloseable {

    static final int WINDOW = 5_000;
    private static final String DECOMPTE = "100|";

    private final BufferedReader file;
    private final String senderCode;
    private final DecompteRegistry registry;
    private final Queue<String> ahead = new ArrayDeque<>();
    private final Set<String> aheadIds = new HashSet<>();
    private final Set<String> ingested = new HashSet<>();
    private boolean endOfFile;

    DecompteLookahead(InputStream file, String senderCode, DecompteRegistry registry) {
        // ids are ASCII (NLF.md §3.2): reading bytes as Latin-1 finds them whatever else the file holds
        this.file = new BufferedReader(new InputStreamReader(file, StandardCharsets.ISO_8859_1), 1 << 16);
        this.senderCode = senderCode;
        this.registry = registry;
    }

    String senderCode() {
        return senderCode;
    }

    boolean ingested(String decompteId) {
        if (!aheadIds.contains(decompteId) && !endOfFile) {
            readAhead();
        }
        if (!aheadIds.contains(decompteId)) {
            return registry.decompteIngested(senderCode, decompteId);
        }
        String passed;
        boolean wasIngested;
        do {
            passed = ahead.remove();
            aheadIds.remove(passed);
            wasIngested = ingested.remove(passed);
        } while (!passed.equals(decompteId));
        return wasIngested;
    }

    private void readAhead() {
        List<String> ids = new ArrayList<>(WINDOW);
        try {
            String line;
            while (ids.size() < WINDOW && (line = file.readLine()) != null) {
                if (line.startsWith(DECOMPTE)) {
                    int end = line.indexOf('|', DECOMPTE.length());
                    ids.add(line.substring(DECOMPTE.length(), end < 0 ? line.length() : end));
                }
            }
            endOfFile = ids.size() < WINDOW;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ahead.addAll(ids);
        aheadIds.addAll(ids);
        if (!ids.isEmpty()) {
            ingested.addAll(registry.ingestedOf(senderCode, ids));
        }
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
