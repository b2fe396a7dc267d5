package fr.prestaflow.teletransmission.inbound;

import fr.prestaflow.teletransmission.nlf.NlaEntry;
import fr.prestaflow.teletransmission.nlf.NlaStatus;
import java.util.List;
import java.util.UUID;

/**
 * The acknowledgment of one inbound décompte message (AsyncAPI {@code NlfDecompteAcknowledged}), on
 * noemie.inbound.acknowledgments.v1 with key = the décompte id. {@code errors} lists every entry, warnings included,
 * as an NLA would; {@code claimId} is the claim created for an accepted décompte (its normal-lines claim when the
 * décompte also had regularisation lines, which make a second, reversal claim).
 */
record DecompteAcknowledged(String sender, String decompteId, NlaStatus status, UUID claimId, List<Error> errors) {

    static final String TYPE = "fr.prestaflow.NlfDecompteAcknowledged.v1";

    DecompteAcknowledged {
        errors = List.copyOf(errors);
    }

    record Error(long lineNumber, String code, String severity, String field, String message, String detail) {

        static Error of(NlaEntry entry) {
            return new Error(entry.lineNumber(), entry.code().code(), entry.severity().name(), entry.field(),
                    entry.code().message(), entry.detail());
        }
    }
}
