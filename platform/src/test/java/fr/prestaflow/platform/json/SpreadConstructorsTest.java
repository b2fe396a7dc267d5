package fr.prestaflow.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

class SpreadConstructorsTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper SPREADING = JsonMapper.builder().addModule(new SpreadConstructors()).build();

    public record Line(int number, LocalDate careDate, String actCode, long billedCents, List<String> reasons) {
    }

    public record Claim(UUID claimId, String contract, List<Line> lines, Long paidCents, boolean reversal) {
        public Claim {
            Objects.requireNonNull(claimId, "claimId");
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("a claim has lines");
            }
        }
    }

    /** Package-private, as the records services keep for their own tables are. */
    record Step(String status, int cycle, UUID eventId) {
    }

    /** Notes whether Jackson's per-call spreading was on the stack when it was built. */
    public record Probe(String a, String b) {
        static volatile boolean builtThroughInvokeWithArguments;

        public Probe {
            builtThroughInvokeWithArguments = throughInvokeWithArguments();
        }
    }

    @Test
    void reads_records_as_jackson_does_nested_lists_nulls_and_dates_included() {
        var claim = new Claim(UUID.randomUUID(), "CT-001", List.of(
                new Line(1, LocalDate.of(2026, 3, 4), "HBJD001", 12_000, List.of("R1", "R2")),
                new Line(2, LocalDate.of(2026, 3, 5), "C", 3_000, List.of())), null, true);
        String json = PLAIN.writeValueAsString(claim);

        assertThat(SPREADING.readValue(json, Claim.class)).isEqualTo(claim).isEqualTo(PLAIN.readValue(json, Claim.class));
    }

    @Test
    void a_constructor_refusing_its_arguments_fails_as_it_does_without_the_module() {
        String json = """
                {"claimId":"%s","contract":"CT-001","lines":[],"reversal":false}""".formatted(UUID.randomUUID());

        Throwable spreading = catchThrowable(() -> SPREADING.readValue(json, Claim.class));
        Throwable plain = catchThrowable(() -> PLAIN.readValue(json, Claim.class));

        assertThat(spreading).isInstanceOf(ValueInstantiationException.class).hasMessage(plain.getMessage())
                .hasRootCauseInstanceOf(IllegalArgumentException.class).hasRootCauseMessage("a claim has lines");
        assertThat(plain).isInstanceOf(ValueInstantiationException.class);
    }

    @Test
    void reads_records_that_are_not_public() {
        var step = new Step("ADJUDICATED", 1, UUID.randomUUID());

        assertThat(SPREADING.readValue(PLAIN.writeValueAsString(step), Step.class)).isEqualTo(step);
    }

    /** A record of one component, read from an object, and a type made by a static factory, nested in it. */
    public record Wrapper(Made made) {
        static volatile boolean builtThroughInvokeWithArguments;

        public Wrapper {
            builtThroughInvokeWithArguments = throughInvokeWithArguments();
        }
    }

    public static final class Made {
        static volatile boolean builtThroughInvokeWithArguments;
        final String a;
        final int b;

        private Made(String a, int b) {
            this.a = a;
            this.b = b;
        }

        @JsonCreator
        static Made of(@JsonProperty("a") String a, @JsonProperty("b") int b) {
            builtThroughInvokeWithArguments = throughInvokeWithArguments();
            return new Made(a, b);
        }
    }

    private static boolean throughInvokeWithArguments() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getMethodName().equals("invokeWithArguments")));
    }

    @Test
    void a_record_of_one_component_and_a_static_factory_are_built_through_it_too() {
        String json = "{\"made\":{\"a\":\"x\",\"b\":2}}";

        PLAIN.readValue(json, Wrapper.class);
        assertThat(Wrapper.builtThroughInvokeWithArguments).as("Jackson alone").isTrue();
        assertThat(Made.builtThroughInvokeWithArguments).as("Jackson alone").isTrue();

        Wrapper read = SPREADING.readValue(json, Wrapper.class);
        assertThat(Wrapper.builtThroughInvokeWithArguments).as("with the module").isFalse();
        assertThat(Made.builtThroughInvokeWithArguments).as("with the module").isFalse();
        assertThat(read.made().a).isEqualTo("x");
        assertThat(read.made().b).isEqualTo(2);
    }

    @Test
    void builds_through_a_handle_made_once_not_jackson_per_call_spreading() {
        PLAIN.readValue("{\"a\":\"x\",\"b\":\"y\"}", Probe.class);
        assertThat(Probe.builtThroughInvokeWithArguments).as("Jackson alone").isTrue();

        SPREADING.readValue("{\"a\":\"x\",\"b\":\"y\"}", Probe.class);
        assertThat(Probe.builtThroughInvokeWithArguments).as("with the module").isFalse();
    }
}
