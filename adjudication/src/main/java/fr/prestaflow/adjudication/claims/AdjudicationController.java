package fr.prestaflow.adjudication.claims;

import fr.prestaflow.adjudication.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The explanation of one adjudication, for ops and for the member whose contract it is; nobody else learns it exists. */
@RestController
class AdjudicationController {

    private final AdjudicationStore results;
    private final AuditTrail audit;

    AdjudicationController(AdjudicationStore results, AuditTrail audit) {
        this.results = results;
        this.audit = audit;
    }

    @GetMapping("/api/v1/adjudications/{claimId}")
    @Transactional(readOnly = true)
    public AdjudicationView get(@PathVariable UUID claimId, Caller caller) {
        var adjudication = results.find(claimId)
                .filter(found -> caller.canSee(found.contractNumber()))
                .orElseThrow(() -> ErrorCode.ADJUDICATION_NOT_FOUND.exception("No adjudication of claim " + claimId));
        audit.record(caller, AuditAction.READ, "adjudication", claimId, adjudication.contractNumber(),
                AccessReason.CLAIM_REVIEW);
        return AdjudicationView.of(adjudication);
    }
}
