package fr.prestaflow.adjudication.coverage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad plan file stops startup with the loader's message on top, not buried in a bean-creation stack trace. */
class InvalidPlanFileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPlanFile> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPlanFile cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix " + cause.source() + " so that it matches plans/plan.schema.json, then start the service again. "
                        + "Claims are never adjudicated under a plan that could not be read.", cause);
    }
}
