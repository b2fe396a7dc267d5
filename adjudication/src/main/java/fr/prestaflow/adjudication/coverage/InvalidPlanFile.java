package fr.prestaflow.adjudication.coverage;

/** A plan file that cannot be used: not JSON, not valid against plan.schema.json, or inconsistent. */
public class InvalidPlanFile extends RuntimeException {

    private final String source;

    public InvalidPlanFile(String source, String problem) {
        super("Invalid plan file " + source + ": " + problem);
        this.source = source;
    }

    public InvalidPlanFile(String source, String problem, Throwable cause) {
        super("Invalid plan file " + source + ": " + problem, cause);
        this.source = source;
    }

    /** The file (or resource) the plan came from. */
    public String source() {
        return source;
    }
}
