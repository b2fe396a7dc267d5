package fr.prestaflow.teletransmission.files;

import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.trace.TraceContext;
import fr.prestaflow.teletransmission.ErrorCode;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import fr.prestaflow.teletransmission.blobs.BlobStore;
import fr.prestaflow.teletransmission.blobs.BlobTooLarge;
import fr.prestaflow.teletransmission.blobs.StoredBlob;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores an upload as it arrives (hashing it on the way) and queues it as RECEIVED; workers process it later. */
@Component
class FileReception {

    private static final Logger log = LoggerFactory.getLogger(FileReception.class);

    private final BlobStore blobs;
    private final FileStore files;
    private final long maxBytes;

    FileReception(BlobStore blobs, FileStore files, TeletransmissionProperties properties) {
        this.blobs = blobs;
        this.files = files;
        this.maxBytes = properties.maxFileSize().toBytes();
    }

    @Transactional
    FileAccepted receive(InputStream body) {
        StoredBlob content;
        try {
            content = blobs.write(TimeOrderedIds.next(), body, maxBytes);
        } catch (BlobTooLarge e) {
            throw ErrorCode.FILE_TOO_LARGE.exception("An NLF file is at most " + maxBytes + " bytes");
        }
        if (content.size() == 0) {
            throw ErrorCode.EMPTY_FILE.exception("The uploaded file has no byte");
        }
        // Events of the file share the upload's trace.
        files.insertReceived(content, TraceContext.childOfCurrent());
        log.info("NLF file {} received: {} bytes, sha256 {}", content.id(), content.size(), content.sha256());
        return new FileAccepted(content.id(), FileStatus.RECEIVED);
    }
}
