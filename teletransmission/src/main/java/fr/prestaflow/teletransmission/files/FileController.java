package fr.prestaflow.teletransmission.files;

import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.teletransmission.ErrorCode;
import fr.prestaflow.teletransmission.blobs.BlobStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * NLF files for ops and integrators. An upload is stored and answered at once (202); it is processed asynchronously and
 * its acknowledgment is then available. Every upload gets its own id, a repeated file included: the acknowledgment of
 * a repeat is the first one's, byte for byte (NLF.md §8), and its view says REPLAYED with the first upload's id.
 * Acknowledgments name the rejected décomptes of insured people: reading one is audited (default reason OPERATIONS).
 */
@RestController
@RequestMapping(FileController.PATH)
class FileController {

    static final String PATH = "/api/v1/noemie/files";

    private final FileReception reception;
    private final FileStore files;
    private final BlobStore blobs;
    private final FileWorker worker;
    private final AuditTrail audit;

    FileController(FileReception reception, FileStore files, BlobStore blobs, FileWorker worker, AuditTrail audit) {
        this.reception = reception;
        this.files = files;
        this.blobs = blobs;
        this.worker = worker;
        this.audit = audit;
    }

    /** The raw file as the body, streamed to the store: never held in memory whole. */
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<FileAccepted> upload(HttpServletRequest request) throws IOException {
        return accepted(reception.receive(request.getInputStream()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FileAccepted> uploadPart(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw ErrorCode.MISSING_FILE_PART.exception("The multipart request has no part named 'file'");
        }
        try (InputStream in = file.getInputStream()) {
            return accepted(reception.receive(in));
        }
    }

    private ResponseEntity<FileAccepted> accepted(FileAccepted file) {
        worker.wake();
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + file.id())).body(file);
    }

    /** Ops: the latest uploads, newest first. */
    @GetMapping
    List<FileView> list(@RequestParam(required = false) FileStatus status,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return files.newest(Optional.ofNullable(status), limit);
    }

    @GetMapping("/{id}")
    FileView get(@PathVariable UUID id) {
        return files.find(id).orElseThrow(() -> notFound(id));
    }

    /** The NLA exactly as stored, streamed; 409 until the file is processed. */
    @GetMapping("/{id}/acknowledgment")
    void acknowledgment(Optional<Caller> caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        FileStore.AcknowledgmentRef ack = files.acknowledgment(id).orElseThrow(() -> notFound(id));
        switch (ack.status()) {
            case RECEIVED, PROCESSING -> throw ErrorCode.ACKNOWLEDGMENT_NOT_READY.exception(
                    "File " + id + " is " + ack.status() + "; its acknowledgment is not written yet");
            case FAILED -> throw ErrorCode.FILE_PROCESSING_FAILED.exception(
                    "File " + id + " could not be processed; see its failure");
            default -> {
                caller.ifPresent(staff -> audit.record(staff, AuditAction.READ, "nlf-acknowledgment", id, null,
                        AccessReason.OPERATIONS));
                response.setContentType("text/plain;charset=UTF-8");
                response.setContentLengthLong(ack.size());
                try (InputStream in = blobs.open(ack.blob())) {
                    in.transferTo(response.getOutputStream());
                }
            }
        }
    }

    private static RuntimeException notFound(UUID id) {
        return ErrorCode.FILE_NOT_FOUND.exception("No NLF file " + id);
    }
}
