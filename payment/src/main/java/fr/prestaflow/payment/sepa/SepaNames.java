package fr.prestaflow.payment.sepa;

/** Checks a party name when it is registered, so that a batch never meets a name it cannot write into a file. */
public final class SepaNames {

    private SepaNames() {
    }

    /**
     * The name as a pain.001 will carry it: transliterated to the SEPA character set and cut to 70 characters.
     *
     * @throws SepaRuleViolation when no character of the name is left in the SEPA character set
     */
    public static String party(String raw) {
        return SepaText.name("Name", raw);
    }
}
