package fr.prestaflow.intake.documents;

import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.platform.web.Caller;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of stored documents, for the member who sent them and for ops (audited, default reason CLAIM_REVIEW). */
@RestController
class DocumentController {

    private final MemberDocuments documents;
    private final DocumentStore store;
    private final AuditTrail audit;

    DocumentController(MemberDocuments documents, DocumentStore store, AuditTrail audit) {
        this.documents = documents;
        this.store = store;
        this.audit = audit;
    }

    /** Served with the type detected from the bytes, never the one the member's device declared. */
    @GetMapping("/api/v1/documents/{id}")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable UUID id) {
        MemberDocument document = documents.find(id)
                .filter(found -> caller.canSee(found.memberContract()))
                .orElseThrow(() -> notFound(id)); // another member's document does not exist for this caller
        byte[] content = store.get(document.sha256()).orElseThrow(() -> notFound(id));
        audit.record(caller, AuditAction.READ, "document", id, document.memberContract(), AccessReason.CLAIM_REVIEW);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("document-" + id + "." + document.type().extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    private static ApiException notFound(UUID id) {
        return ErrorCode.DOCUMENT_NOT_FOUND.exception("No document " + id);
    }
}
