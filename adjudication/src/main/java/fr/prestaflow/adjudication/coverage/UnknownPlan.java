package fr.prestaflow.adjudication.coverage;

/** A contract refers to a plan id that no loaded plan file declares. */
public class UnknownPlan extends RuntimeException {

    public UnknownPlan(String planId) {
        super("No plan " + planId);
    }
}
