package fr.prestaflow.contracts.events.v1;

/** Who receives the mutuelle's payment: the member, or the health professional under tiers payant. */
public record Payee(Kind kind, String reference) {

    public enum Kind { MEMBER, PRACTITIONER }

    public static Payee member(String contractNumber) {
        return new Payee(Kind.MEMBER, contractNumber);
    }
}
