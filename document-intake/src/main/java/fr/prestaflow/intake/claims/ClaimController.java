package fr.prestaflow.intake.claims;

import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.intake.IntakeProperties;
import fr.prestaflow.intake.claims.ClaimViews.ClaimAccepted;
import fr.prestaflow.intake.claims.ClaimViews.DocumentView;
import fr.prestaflow.intake.claims.ClaimViews.DuplicateView;
import fr.prestaflow.intake.claims.ClaimViews.UploadView;
import fr.prestaflow.intake.documents.DocumentInspector;
import fr.prestaflow.intake.documents.DocumentRefused;
import fr.prestaflow.intake.documents.InspectedDocument;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.platform.web.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Member uploads. Everything is checked before anything is stored: a refused file refuses the whole upload and leaves
 * no trace, so the member can simply send it again, corrected.
 */
@RestController
class ClaimController {

    private final ClaimForms forms;
    private final ClaimIntake intake;
    private final ClaimStore claims;
    private final DocumentInspector inspector;
    private final IntakeProperties properties;
    private final JsonMapper json;
    private final AuditTrail audit;

    ClaimController(ClaimForms forms, ClaimIntake intake, ClaimStore claims, DocumentInspector inspector,
                    IntakeProperties properties, JsonMapper json, AuditTrail audit) {
        this.forms = forms;
        this.intake = intake;
        this.claims = claims;
        this.inspector = inspector;
        this.properties = properties;
        this.json = json;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ClaimAccepted> submit(Caller caller, @RequestPart("claim") String claimPart,
                                         @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        String member = caller.requireMember();
        ClaimForm form = forms.read(claimPart);
        if (form.contractNumber() != null && !form.contractNumber().strip().equals(member)) {
            // the same answer as for a contract that does not exist: nothing tells a member other contracts exist
            throw ErrorCode.CONTRACT_NOT_FOUND.exception("No contract " + form.contractNumber().strip());
        }
        forms.check(form);
        List<MultipartFile> received = files == null ? List.of() : files;
        checkCounts(form, received);
        List<Upload> uploads = inspect(form, received);

        ClaimAccepted accepted = intake.receive(member, form, uploads);
        return ResponseEntity.accepted().location(URI.create("/api/v1/claims/" + accepted.claimId())).body(accepted);
    }

    /**
     * The upload as intake sees it; the claim's full timeline is served by notification at /api/v1/claims/{id}. Staff
     * reads are audited (default reason CLAIM_REVIEW).
     */
    @GetMapping("/api/v1/uploads/{claimId}")
    UploadView upload(Caller caller, @PathVariable UUID claimId) {
        Claim claim = claims.find(claimId).filter(found -> caller.canSee(found.memberContract()))
                .orElseThrow(() -> ErrorCode.CLAIM_NOT_FOUND.exception("No claim " + claimId));
        List<DocumentView> documents = claims.documents(claimId).stream().map(DocumentView::of).toList();
        audit.record(caller, AuditAction.READ, "claim", claimId, claim.memberContract(), AccessReason.CLAIM_REVIEW);
        return new UploadView(claim.id(), claim.memberContract(), claim.status(), claim.receivedAt(), claim.analysedAt(),
                documents, DuplicateView.of(documents), claim.analysis().map(json::readTree).orElse(null));
    }

    private void checkCounts(ClaimForm form, List<MultipartFile> files) {
        int max = properties.maxDocuments();
        if (form.documents().size() > max || files.size() > max) {
            throw ErrorCode.TOO_MANY_DOCUMENTS.exception("A claim carries at most " + max + " documents; "
                    + Math.max(form.documents().size(), files.size()) + " were sent",
                    Map.of("maxDocuments", max));
        }
        if (form.documents().size() != files.size()) {
            throw ErrorCode.DOCUMENTS_MISMATCH.exception("The claim describes " + form.documents().size()
                    + " document(s) but " + files.size() + " file(s) were sent; send one file per document, in order");
        }
    }

    /** Inspects every file, so that the member learns about all refused files at once. */
    private List<Upload> inspect(ClaimForm form, List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        List<DocumentRefused> refusals = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            try {
                byte[] content = file.getBytes();
                InspectedDocument inspected = inspector.inspect(file.getOriginalFilename(), file.getContentType(), content);
                uploads.add(new Upload(form.documents().get(i), inspected, content));
            } catch (DocumentRefused refused) {
                refusals.add(refused);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read an uploaded file", e);
            }
        }
        if (!refusals.isEmpty()) {
            throw refusedUpload(refusals);
        }
        return uploads;
    }

    /** The first refusal gives the status and code; {@code refusals} lists every refused file. */
    private static ApiException refusedUpload(List<DocumentRefused> refusals) {
        DocumentRefused first = refusals.getFirst();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("file", nameOf(first));
        properties.put("reason", first.reason());
        properties.put("refusals", refusals.stream().map(refusal -> Map.<String, Object>of(
                "file", nameOf(refusal), "code", refusal.code().name(), "reason", refusal.reason())).toList());
        return ErrorCode.of(first.code()).exception(first.reason(), properties);
    }

    private static String nameOf(DocumentRefused refusal) {
        return refusal.fileName() == null ? "" : refusal.fileName().strip();
    }
}
