package fr.prestaflow.payment.sepa;

import java.util.List;
import java.util.stream.Collectors;

/** A document that is not well-formed or does not validate against its ISO 20022 schema; never to be sent or trusted. */
public class InvalidSepaDocument extends RuntimeException {

    private final SepaSchema schema;
    private final List<SchemaProblem> problems;

    public InvalidSepaDocument(SepaSchema schema, List<SchemaProblem> problems) {
        super("Not a valid " + schema.messageName() + " document: " + problems.stream()
                .map(SchemaProblem::toString).collect(Collectors.joining("; ")));
        this.schema = schema;
        this.problems = List.copyOf(problems);
    }

    public SepaSchema schema() {
        return schema;
    }

    public List<SchemaProblem> problems() {
        return problems;
    }
}
