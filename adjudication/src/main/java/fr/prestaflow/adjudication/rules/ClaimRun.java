package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One pass over the lines of a claim, in line order, each line seeing what earlier lines withheld and consumed. */
final class ClaimRun {

    private final ClaimInput input;
    private final OpticsGrid grid;
    private final List<CareLine> earlierLines = new ArrayList<>();
    private final ConsumptionLedger ledger;
    private final AmoStage amoStage;
    private final Eligibility eligibility;
    private final Conditions conditions;
    private final RenewalRule renewal;
    private final GuaranteeRule guarantee;
    private final YearlyCeiling ceiling;
    private final Set<Integer> paidInAnotherClaim;

    ClaimRun(ClaimInput input, OpticsGrid grid, Set<Integer> paidInAnotherClaim) {
        this.input = input;
        this.grid = grid;
        this.paidInAnotherClaim = paidInAnotherClaim;
        this.ledger = new ConsumptionLedger(input.history());
        this.amoStage = new AmoStage(input.channel(), input.beneficiary());
        this.eligibility = new Eligibility(input.contract(), earlierLines);
        this.conditions = new Conditions(input.beneficiary(), ledger);
        this.renewal = new RenewalRule(input.beneficiary(), input.visionChangeJustified(), ledger);
        this.guarantee = new GuaranteeRule(ledger);
        this.ceiling = new YearlyCeiling(input.contract(), ledger);
    }

    ClaimResult run() {
        List<LineResult> results = new ArrayList<>();
        for (CareLine line : input.lines()) {
            results.add(adjudicate(line));
            earlierLines.add(line);
        }
        return ClaimResult.of(input.channel(), results);
    }

    private LineResult adjudicate(CareLine line) {
        AmoOutcome amo = amoStage.evaluate(line);
        var draft = new LineDraft(line, input.plan().inForceOn(line.careDate()), amo);
        if (paidInAnotherClaim.contains(line.lineNumber())) {
            return draft.rejected(RejectionCode.DUPLICATE_CLAIM_LINE);
        }
        Optional<RejectionCode> rejection = eligibility.check(draft)
                .or(() -> conditions.check(draft))
                .or(() -> renewal.check(draft))
                .or(() -> guarantee.apply(draft))
                .or(() -> limits(draft));
        if (rejection.isPresent()) {
            return draft.rejected(rejection.get());
        }
        LineResult accepted = draft.accepted();
        accepted.consumption().ifPresent(ledger::record);
        if (OpticsGrid.governs(draft)) {
            grid.consume(accepted);
        }
        return accepted;
    }

    /** Steps 6–8, which a 100 % Santé line skips (§12). */
    private Optional<RejectionCode> limits(LineDraft draft) {
        if (draft.isRac0()) {
            return Optional.empty();
        }
        long available = Math.max(0, draft.line().billedCents() - draft.amo().amoReference());
        draft.cutTo(available, Reason.CAPPED_AT_BILLED);
        grid.limit(draft);
        return ceiling.apply(draft);
    }
}
