package fr.prestaflow.platform.trace;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * W3C trace context of the work in progress on this thread. An HTTP request or a consumed event sets it; an event written
 * to the outbox inherits it as a child span, so one claim's journey across services shares one trace id.
 */
public final class TraceContext {

    public static final String MDC_TRACE_ID = "traceId";
    private static final int LENGTH = 55; // 00-<32 hex>-<16 hex>-<2 hex>
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

    /** Version 00 as W3C writes it: {@code 00-<32 lowercase hex>-<16 lowercase hex>-<2 lowercase hex>}. */
    public static boolean isValid(String traceparent) {
        if (traceparent == null || traceparent.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = traceparent.charAt(i);
            boolean ok = switch (i) {
                case 0, 1 -> c == '0';
                case 2, 35, 52 -> c == '-';
                default -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static String traceIdOf(String traceparent) {
        return traceparent.substring(3, 35);
    }

    private static String newTrace() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    // Trace and span ids need to be unique, not unguessable: a SecureRandom per event was 2-4 % of a consumer's CPU.
    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Restores the previous context when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
