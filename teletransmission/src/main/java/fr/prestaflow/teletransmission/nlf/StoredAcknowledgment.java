package fr.prestaflow.teletransmission.nlf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Copies a stored NLA byte for byte and reads its header back on the way. */
final class StoredAcknowledgment {

    private static final int MAX_HEADER_BYTES = 4096;

    private StoredAcknowledgment() {
    }

    static NlfResult copy(PriorFile prior, OutputStream out) throws IOException {
        var header = new ByteArrayOutputStream();
        boolean inHeader = true;
        try (InputStream in = prior.openAcknowledgment()) {
            byte[] buffer = new byte[64 * 1024];
            for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
                out.write(buffer, 0, count);
                for (int i = 0; i < count && inHeader; i++) {
                    if (buffer[i] == '\n' || header.size() == MAX_HEADER_BYTES) {
                        inHeader = false;
                    } else {
                        header.write(buffer[i]);
                    }
                }
            }
        }
        out.flush();
        return NlfResult.fromHeaderLine(header.toString(StandardCharsets.UTF_8), NlfResult.Disposition.REPLAYED);
    }
}
