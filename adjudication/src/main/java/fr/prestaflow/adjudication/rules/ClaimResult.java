package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The adjudication of a claim: one result per line in line order, and the claim totals. */
public record ClaimResult(Channel channel, List<LineResult> lines, Totals totals) {

    public ClaimResult {
        Objects.requireNonNull(channel, "channel");
        lines = List.copyOf(lines);
        Objects.requireNonNull(totals, "totals");
    }

    static ClaimResult of(Channel channel, List<LineResult> lines) {
        return new ClaimResult(channel, lines, Totals.of(lines));
    }

    public ClaimOutcome outcome() {
        boolean paysSomething = lines.stream().anyMatch(line -> line.complementaryPaidCents() > 0);
        return paysSomething ? ClaimOutcome.ADJUDICATED : ClaimOutcome.REJECTED;
    }

    /** The distinct rejection codes of the claim, in line order. */
    public List<RejectionCode> rejectionCodes() {
        return lines.stream().map(LineResult::rejectionCode).flatMap(Optional::stream).distinct().toList();
    }

    public Optional<LineResult> line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
    }

    /** What the accepted lines consumed, in line order. */
    public List<Consumption> consumption() {
        return lines.stream().map(LineResult::consumption).flatMap(Optional::stream).toList();
    }

    /** What to store once the claim is adjudicated: nothing for a quote, which consumes only within itself (§1). */
    public List<Consumption> consumptionToPersist() {
        return channel == Channel.QUOTE ? List.of() : consumption();
    }
}
