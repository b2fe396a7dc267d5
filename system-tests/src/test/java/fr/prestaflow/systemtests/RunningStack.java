package fr.prestaflow.systemtests;

import fr.prestaflow.localstack.LocalStack;
import fr.prestaflow.localstack.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One whole stack per test JVM, started as {@code ./run-local.sh} starts it, on its own ports and data directory so it
 * never meets a developer's stack. The data directory is emptied first: the journeys start from the demo data alone,
 * as CI does, so that what an earlier run paid (ceilings, renewal periods, lines already paid) never changes the amounts
 * they expect. What a run leaves (logs, mails as .eml, pain.001 files) stays in {@code target/stack} until the next one.
 */
final class RunningStack {

    static final Path ROOT = Path.of(System.getProperty("prestaflow.root", "..")).toAbsolutePath().normalize();
    static final StackSettings SETTINGS = new StackSettings(ROOT, ROOT.resolve("system-tests/target/stack"),
            18080, 19092, 15432, 13025, true);
    private static LocalStack stack;

    private RunningStack() {
    }

    static synchronized StackSettings start() {
        if (stack == null) {
            try {
                deleteRecursively(SETTINGS.dataDir());
                stack = new LocalStack(SETTINGS, System.getProperty("java.class.path"));
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
                stack.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SETTINGS;
    }

    /** The stack this JVM started, or null before {@link #start()}. */
    static synchronized LocalStack stack() {
        return stack;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
