package fr.prestaflow.teletransmission.inbound;

import fr.prestaflow.teletransmission.decomptes.DecompteBatch;
import fr.prestaflow.teletransmission.decomptes.DecompteRegistry;
import fr.prestaflow.teletransmission.decomptes.DecompteWriter;
import fr.prestaflow.teletransmission.decomptes.IngestChannel;
import fr.prestaflow.teletransmission.decomptes.Origin;
import fr.prestaflow.teletransmission.decomptes.Rejection;
import fr.prestaflow.teletransmission.decomptes.Rejections;
import fr.prestaflow.teletransmission.nlf.AcceptedDecompte;
import fr.prestaflow.teletransmission.nlf.DecompteMessageResult;
import fr.prestaflow.teletransmission.nlf.DecompteMessageValidator;
import fr.prestaflow.teletransmission.nlf.NlaEntry;
import fr.prestaflow.teletransmission.nlf.NlaStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * One inbound décompte message: validated like a décompte of a file (NLF-E033 against everything ingested from the
 * sender), turned into claims when accepted, and always answered, in the caller's transaction.
 */
@Component
class InboundDecomptes {

    private static final Pattern SENDER_CODE = Pattern.compile("[0-9]{9}");

    private final DecompteMessageValidator validator;
    private final DecompteWriter writer;
    private final Rejections rejections;

    InboundDecomptes(DecompteRegistry registry, DecompteWriter writer, Rejections rejections) {
        this.validator = new DecompteMessageValidator(registry);
        this.writer = writer;
        this.rejections = rejections;
    }

    /**
     * @param sender the {@code nlf-sender} header, if any
     * @param key    the record key, which should be the décompte id
     * @param asOf   the day the message was produced, standing for the file creation date of NLF-E039
     */
    DecompteAcknowledged handle(Optional<String> sender, String key, byte[] message, LocalDate asOf) {
        String fallbackId = key == null ? "" : key;
        if (sender.isEmpty() || sender.get().isBlank()) {
            return rejected("", fallbackId, PipelineCode.MISSING_SENDER);
        }
        if (!SENDER_CODE.matcher(sender.get()).matches()) {
            return rejected(sender.get(), fallbackId, PipelineCode.INVALID_SENDER);
        }
        String senderCode = sender.get();
        DecompteMessageResult result = validator.validate(senderCode, asOf, message);
        List<DecompteAcknowledged.Error> errors = result.entries().stream().map(DecompteAcknowledged.Error::of).toList();
        Optional<AcceptedDecompte> accepted = result.accepted();
        String decompteId = accepted.map(decompte -> decompte.header().decompteId())
                .or(() -> result.entries().stream().map(NlaEntry::decompteId).filter(id -> !id.isEmpty()).findFirst())
                .orElse(fallbackId);
        UUID claimId = null;
        if (accepted.isPresent()) {
            DecompteBatch batch = writer.batch(Origin.topic(senderCode));
            claimId = batch.add(accepted.get()).getFirst();
            batch.commit();
        } else {
            result.entries().stream().filter(entry -> !entry.isWarning()).findFirst().ifPresent(entry -> record(
                    new Rejection(IngestChannel.TOPIC, null, senderCode, decompteId, entry.lineNumber(),
                            entry.code().code(), entry.field(), entry.detail())));
        }
        return new DecompteAcknowledged(senderCode, decompteId, result.status(), claimId, errors);
    }

    private DecompteAcknowledged rejected(String sender, String decompteId, PipelineCode code) {
        DecompteAcknowledged.Error error = code.error();
        record(new Rejection(IngestChannel.TOPIC, null, sender, decompteId, 0, error.code(), error.field(), ""));
        return new DecompteAcknowledged(sender, decompteId, NlaStatus.REJECTED, null, List.of(error));
    }

    private void record(Rejection rejection) {
        Rejections.Batch batch = rejections.batch();
        batch.add(rejection);
        batch.flush();
    }
}
