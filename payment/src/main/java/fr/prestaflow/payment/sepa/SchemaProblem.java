package fr.prestaflow.payment.sepa;

/** One reason a document does not validate; line and column are -1 when the parser could not tell. */
public record SchemaProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return "line %d, column %d: %s".formatted(line, column, message);
    }
}
