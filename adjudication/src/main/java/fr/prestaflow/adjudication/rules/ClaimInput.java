package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine needs to adjudicate one claim of one beneficiary: the contract's plan, the contract dates, the
 * beneficiary, the consumption history and the claim itself. Lines are kept in ascending {@code lineNumber}, the
 * order in which they are processed (§1).
 */
public record ClaimInput(PlanVersions plan, ContractDates contract, Beneficiary beneficiary, List<HistoryLine> history,
                         Channel channel, boolean visionChangeJustified, List<CareLine> lines) {

    public ClaimInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(channel, "channel");
        history = List.copyOf(history);
        lines = lines.stream().sorted(Comparator.comparingInt(CareLine::lineNumber)).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a claim has at least one line");
        }
        Set<Integer> numbers = new HashSet<>();
        for (CareLine line : lines) {
            if (!numbers.add(line.lineNumber())) {
                throw new IllegalArgumentException("line number " + line.lineNumber() + " appears twice");
            }
            if (channel == Channel.NOEMIE && line.amoPaidCents() == null) {
                throw new IllegalArgumentException("line " + line.lineNumber() + " of a " + channel
                        + " claim has no amoPaidCents: a teletransmitted line always reports what the AMO paid");
            }
        }
    }

    public static ClaimInput of(Plan plan, ContractDates contract, Beneficiary beneficiary, List<HistoryLine> history,
                                Channel channel, List<CareLine> lines) {
        return new ClaimInput(PlanVersions.of(plan), contract, beneficiary, history, channel, false, lines);
    }

    public ClaimInput withVisionChangeJustified() {
        return new ClaimInput(plan, contract, beneficiary, history, channel, true, lines);
    }

    public boolean isQuote() {
        return channel == Channel.QUOTE;
    }
}
