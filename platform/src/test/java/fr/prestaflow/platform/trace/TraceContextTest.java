package fr.prestaflow.platform.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String INCOMING = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void accepts_a_version_00_traceparent_as_w3c_writes_it() {
        assertThat(TraceContext.isValid(INCOMING)).isTrue();
        assertThat(TraceContext.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")).isTrue();
    }

    @Test
    void refuses_anything_else() {
        assertThat(TraceContext.isValid(null)).isFalse();
        assertThat(TraceContext.isValid("")).isFalse();
        assertThat(TraceContext.isValid("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).as("version").isFalse();
        assertThat(TraceContext.isValid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).as("upper case").isFalse();
        assertThat(TraceContext.isValid("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01")).as("short id").isFalse();
        assertThat(TraceContext.isValid(INCOMING + "0")).as("too long").isFalse();
        assertThat(TraceContext.isValid("00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).as("separator").isFalse();
        assertThat(TraceContext.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g")).as("not hex").isFalse();
    }

    @Test
    void an_event_written_while_handling_an_incoming_one_continues_its_trace_with_a_span_of_its_own() {
        Set<String> spans = new HashSet<>();
        try (TraceContext.Scope ignored = TraceContext.enter(INCOMING)) {
            for (int i = 0; i < 1_000; i++) {
                String child = TraceContext.childOfCurrent();
                assertThat(TraceContext.isValid(child)).isTrue();
                assertThat(TraceContext.traceIdOf(child)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
                spans.add(child.substring(36, 52));
            }
        }
        assertThat(spans).hasSize(1_000);
    }

    @Test
    void a_malformed_incoming_traceparent_starts_a_new_trace() {
        try (TraceContext.Scope ignored = TraceContext.enter("00-NOT-A-TRACE")) {
            String child = TraceContext.childOfCurrent();
            assertThat(TraceContext.isValid(child)).isTrue();
            assertThat(TraceContext.traceIdOf(child)).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }
}
