package fr.prestaflow.contracts;

import java.util.List;

/** Every Kafka topic, named {@code claims.<producer>.<aggregate>.v1}. No topic string literal lives anywhere else. */
public final class Topics {

    public static final String INTAKE_CLAIMS = "claims.intake.claims.v1";
    public static final String TELETRANSMISSION_CLAIMS = "claims.teletransmission.claims.v1";
    public static final String ADJUDICATION_CLAIMS = "claims.adjudication.claims.v1";
    public static final String PAYMENT_PAYMENTS = "claims.payment.payments.v1";
    /** Integrators post one NLF décompte per message (a {@code 100} record and its {@code 200} lines), key = décompte id. */
    public static final String NOEMIE_INBOUND_DECOMPTES = "noemie.inbound.decomptes.v1";
    /** The acknowledgment of every inbound décompte message, accepted or not, with NLF error codes. */
    public static final String NOEMIE_INBOUND_ACKNOWLEDGMENTS = "noemie.inbound.acknowledgments.v1";
    /** Member-facing account events (bank account changed), consumed by notification. */
    public static final String PAYMENT_BANK_ACCOUNTS = "members.payment.bank-accounts.v1";

    public static final String DLT_SUFFIX = ".DLT";

    public static final List<String> CLAIM_TOPICS = List.of(INTAKE_CLAIMS, TELETRANSMISSION_CLAIMS, ADJUDICATION_CLAIMS,
            PAYMENT_PAYMENTS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DLT_SUFFIX;
    }
}
