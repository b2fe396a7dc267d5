package fr.prestaflow.adjudication.claims;

import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.adjudication.web.ErrorCode;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The explanation of one adjudication, for ops and for the member whose contract it is; nobody else learns it exists. */
@RestController
class AdjudicationController {

    private final AdjudicationStore results;

    AdjudicationController(AdjudicationStore results) {
        this.results = results;
    }

    @GetMapping("/api/v1/adjudications/{claimId}")
    @Transactional(readOnly = true)
    public AdjudicationView get(@PathVariable UUID claimId, Caller caller) {
        return results.find(claimId)
                .filter(adjudication -> caller.canSee(adjudication.contractNumber()))
                .map(AdjudicationView::of)
                .orElseThrow(() -> ErrorCode.ADJUDICATION_NOT_FOUND.exception("No adjudication of claim " + claimId));
    }
}
