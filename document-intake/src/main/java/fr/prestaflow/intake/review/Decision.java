package fr.prestaflow.intake.review;

import fr.prestaflow.contracts.care.CareLine;
import java.util.List;

/** A checked reviewer decision. */
sealed interface Decision {

    /** The reviewer wrote the care lines: they go to adjudication. */
    record Complete(List<CareLine> lines, Boolean visionChangeJustified) implements Decision {

        public Complete {
            lines = List.copyOf(lines);
        }
    }

    /** Nothing in the claim can be paid. */
    record Reject(RejectionReason reason, String comment) implements Decision {
    }
}
