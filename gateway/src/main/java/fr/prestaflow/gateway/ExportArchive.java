package fr.prestaflow.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A zip written as it streams: each entry's bytes are compressed and sent on as they come, so the gateway holds one
 * chunk of a document at a time, never the archive. A document that fails half-way ends the stream with an error: the
 * client gets a truncated file without the zip's central directory, which no tool opens as a complete archive.
 */
final class ExportArchive {

    record Entry(String name, Mono<byte[]> small, Flux<DataBuffer> large) {
        static Entry of(String name, byte[] content) {
            return new Entry(name, Mono.just(content), Flux.empty());
        }

        static Entry streamed(String name, Flux<DataBuffer> content) {
            return new Entry(name, Mono.empty(), content);
        }
    }

    private ExportArchive() {
    }

    static Flux<DataBuffer> zip(List<Entry> entries, DataBufferFactory buffers) {
        return Flux.defer(() -> {
            Zip zip = new Zip();
            return Flux.fromIterable(entries)
                    .concatMap(entry -> Flux.concat(
                            Mono.fromCallable(() -> zip.open(entry.name())),
                            entry.small().map(zip::write),
                            entry.large().map(buffer -> {
                                try {
                                    byte[] chunk = new byte[buffer.readableByteCount()];
                                    buffer.read(chunk);
                                    return zip.write(chunk);
                                } finally {
                                    DataBufferUtils.release(buffer);
                                }
                            }),
                            Mono.fromCallable(zip::close)))
                    .concatWith(Mono.fromCallable(zip::finish))
                    .filter(bytes -> bytes.length > 0)
                    .map(buffers::wrap);
        });
    }

    /** A ZipOutputStream over a buffer emptied after each step. */
    private static final class Zip {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final ZipOutputStream out = new ZipOutputStream(pending, StandardCharsets.UTF_8);

        byte[] open(String name) throws IOException {
            out.putNextEntry(new ZipEntry(name));
            return drain();
        }

        byte[] write(byte[] bytes) {
            try {
                out.write(bytes);
                return drain();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] close() throws IOException {
            out.closeEntry();
            return drain();
        }

        byte[] finish() throws IOException {
            out.finish();
            return drain();
        }

        private byte[] drain() {
            byte[] bytes = pending.toByteArray();
            pending.reset();
            return bytes;
        }
    }
}
