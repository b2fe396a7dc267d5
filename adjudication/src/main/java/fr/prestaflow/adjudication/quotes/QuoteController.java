package fr.prestaflow.adjudication.quotes;

import fr.prestaflow.adjudication.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Quote simulation: a member for their own contract, ops for any (audited: it reads the member's coverage). */
@RestController
class QuoteController {

    private final Quotes quotes;
    private final AuditTrail audit;

    QuoteController(Quotes quotes, AuditTrail audit) {
        this.quotes = quotes;
        this.audit = audit;
    }

    /** A member naming another contract gets the same answer as for a contract that does not exist. */
    @PostMapping("/api/v1/quotes")
    QuoteView quote(Caller caller, @RequestBody @Valid QuoteRequest request) {
        if (!caller.canSee(request.contractNumber())) {
            throw ErrorCode.CONTRACT_NOT_FOUND.exception("No contract " + request.contractNumber());
        }
        QuoteView quote = quotes.quote(request);
        audit.record(caller, AuditAction.READ, "quote", request.contractNumber(), request.contractNumber(),
                AccessReason.MEMBER_REQUEST);
        return quote;
    }
}
