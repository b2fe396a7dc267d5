package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.AmoWithheldYearToDate;
import fr.prestaflow.adjudication.rules.Beneficiary;
import fr.prestaflow.adjudication.rules.ClaimInput;
import fr.prestaflow.adjudication.rules.HistoryLine;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds the engine's input for a beneficiary: their contract's plan versions, contract dates and exemptions. */
@Component
public class Coverage {

    private final PlanRegistry plans;

    Coverage(PlanRegistry plans) {
        this.plans = plans;
    }

    public ClaimInput input(InsuredBeneficiary beneficiary, List<HistoryLine> history, Channel channel,
                            boolean visionChangeJustified, List<CareLine> lines,
                            Optional<AmoWithheldYearToDate> amoWithheld) {
        Beneficiary person = beneficiary.forRules();
        if (amoWithheld.isPresent()) {
            person = person.withAmoWithheld(amoWithheld.get());
        }
        return new ClaimInput(plans.versionsOf(beneficiary.planId()), beneficiary.contractDates(), person, history,
                channel, visionChangeJustified, lines);
    }

    /** The version of a line's plan: the one in force on its care date (§1). */
    public int planVersion(String planId, LocalDate careDate) {
        return plans.versionInForce(planId, careDate);
    }

    /**
     * The one version a claim's event names: the one in force on its latest care date (each line of the stored result
     * keeps its own).
     */
    public int planVersion(String planId, List<CareLine> lines) {
        LocalDate latest = lines.stream().map(CareLine::careDate).max(Comparator.naturalOrder()).orElseThrow();
        return planVersion(planId, latest);
    }
}
