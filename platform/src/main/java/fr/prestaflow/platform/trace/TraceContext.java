package fr.prestaflow.platform.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * W3C trace context of the work in progress on this thread. An HTTP request or a consumed event sets it; an event written
 * to the outbox inherits it as a child span, so one claim's journey across services shares one trace id.
 */
public final class TraceContext {

    public static final String MDC_TRACE_ID = "traceId";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceContext() {
    }

    /** Adopts an incoming traceparent, or starts a new trace when it is absent or malformed. */
    public static Scope enter(String incomingTraceparent) {
        String traceparent = isValid(incomingTraceparent) ? incomingTraceparent : newTrace();
        String previous = CURRENT.get();
        CURRENT.set(traceparent);
        MDC.put(MDC_TRACE_ID, traceIdOf(traceparent));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
                MDC.remove(MDC_TRACE_ID);
            } else {
                CURRENT.set(previous);
                MDC.put(MDC_TRACE_ID, traceIdOf(previous));
            }
        };
    }

    /** A traceparent for an outgoing message: same trace, new span id. */
    public static String childOfCurrent() {
        String current = CURRENT.get();
        if (current == null) {
            return newTrace();
        }
        return "00-" + traceIdOf(current) + "-" + hex(8) + "-01";
    }

    public static boolean isValid(String traceparent) {
        return traceparent != null && TRACEPARENT.matcher(traceparent).matches();
    }

    public static String traceIdOf(String traceparent) {
        return traceparent.substring(3, 35);
    }

    private static String newTrace() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Restores the previous context when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
