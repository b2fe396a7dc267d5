package fr.prestaflow.teletransmission.nlf;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An NLA held in memory, with the result it describes; for small files, tests and replays of short answers. */
public record Acknowledgment(NlfResult result, byte[] bytes) {

    public Acknowledgment {
        Objects.requireNonNull(result, "result");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
