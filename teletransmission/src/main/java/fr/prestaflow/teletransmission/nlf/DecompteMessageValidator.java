package fr.prestaflow.teletransmission.nlf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates one message of topic noemie.inbound.decomptes.v1: one {@code 100} record and its {@code 200} lines, no
 * {@code 000}/{@code 999}, with the record checks and codes of a file. The {@code 100} plays the part of the file
 * header: a message not starting with it is NLF-E005, a second one NLF-E006, a {@code 000} or {@code 999} NLF-E001.
 * The décompte is closed (NLF-E034/E035) at the end of the message; there is no trailer.
 */
public final class DecompteMessageValidator {

    private final NlfRegistry registry;

    public DecompteMessageValidator() {
        this(NlfRegistry.NONE);
    }

    public DecompteMessageValidator(NlfRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * @param senderCode the {@code nlf-sender} header, for NLF-E033
     * @param asOf       stands for the file creation date of NLF-E039 (e.g. the day the message was produced)
     */
    public DecompteMessageResult validate(String senderCode, LocalDate asOf, byte[] message) {
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(asOf, "asOf");
        List<NlaEntry> entries = new ArrayList<>();
        var staged = new ArrayList<AcceptedDecompte>(1);
        var pass = new ValidationPass(new Framing.Message(senderCode, asOf), registry, entries::add,
                new DecompteAssembler(staged::add));
        try {
            pass.consume(new LineReader(new ByteArrayInputStream(message)));
        } catch (IOException e) {
            throw new IllegalStateException("No I/O on bytes in memory", e);
        }
        Optional<AcceptedDecompte> accepted = pass.ingestible() ? staged.stream().findFirst() : Optional.empty();
        return new DecompteMessageResult(pass.status(), entries, accepted);
    }
}
