package fr.prestaflow.systemtests;

import fr.prestaflow.localstack.LocalStack;
import fr.prestaflow.localstack.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One whole stack per test JVM, started as {@code ./run-local.sh} starts it, on its own ports and data directory so it
 * never meets a developer's stack.
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
            stack = new LocalStack(SETTINGS, System.getProperty("java.class.path"));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            try {
                stack.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SETTINGS;
    }
}
