package fr.prestaflow.adjudication.quotes;

import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.adjudication.web.ErrorCode;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Quote simulation: a member for their own contract, ops for any. */
@RestController
class QuoteController {

    private final Quotes quotes;

    QuoteController(Quotes quotes) {
        this.quotes = quotes;
    }

    /** A member naming another contract gets the same answer as for a contract that does not exist. */
    @PostMapping("/api/v1/quotes")
    QuoteView quote(Caller caller, @RequestBody @Valid QuoteRequest request) {
        if (!caller.canSee(request.contractNumber())) {
            throw ErrorCode.CONTRACT_NOT_FOUND.exception("No contract " + request.contractNumber());
        }
        return quotes.quote(request);
    }
}
