package fr.prestaflow.platform.privacy;

import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.platform.web.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's part of the GDPR requests. The gateway calls export and erasure on the service's internal URL (they are
 * not routed publicly) with the member's identity, or an ops agent's with the contract; retention is routed for ops.
 * What ops do for a member is audited (default reason DATA_PROTECTION_REQUEST); an erasure commits with its entry.
 */
@RestController
@RequestMapping("/api/v1/privacy")
public class PrivacyController {

    private final String service;
    private final PersonalData data;
    private final RetentionRecords retention;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public PrivacyController(String service, PersonalData data, RetentionRecords retention, TransactionTemplate transactions,
                             Clock clock, AuditTrail audit) {
        this.service = service;
        this.data = data;
        this.retention = retention;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    public record ExportSection(String service, String contract, Instant generatedAt, Map<String, Object> data) {
    }

    public record ErasureRequest(String contract) {
    }

    public record ErasureBlockers(String service, String contract, List<String> claimsInProgress) {
    }

    @GetMapping("/export")
    public ExportSection export(Caller caller, @RequestParam Optional<String> contract) {
        String whose = whose(caller, contract);
        ExportSection section = new ExportSection(service, whose, clock.instant(),
                data.export(whose, caller.memberContract().isPresent()));
        audit.record(caller, AuditAction.EXPORT, "personal-data", whose, whose, AccessReason.DATA_PROTECTION_REQUEST);
        return section;
    }

    /** Asked by the gateway of every service before it erases anything, so that no service erases alone. */
    @GetMapping("/erasure-blockers")
    public ErasureBlockers blockers(Caller caller, @RequestParam Optional<String> contract) {
        String whose = whose(caller, contract);
        return new ErasureBlockers(service, whose, data.claimsInProgress(whose));
    }

    @PostMapping("/erasure")
    public ErasureReport erase(Caller caller, @RequestBody(required = false) ErasureRequest request) {
        String whose = whose(caller, Optional.ofNullable(request).map(ErasureRequest::contract));
        Instant now = clock.instant();
        return transactions.execute(status -> {
            List<String> inProgress = data.claimsInProgress(whose);
            if (!inProgress.isEmpty()) {
                throw PrivacyProblem.ERASURE_BLOCKED_CLAIMS_IN_PROGRESS.exception(
                        "Contract " + whose + " has claims in progress; ask again once they are settled",
                        Map.of("service", service, "claims", inProgress));
            }
            PersonalData.Erasure erasure = data.erase(whose);
            erasure.kept().forEach(kept -> retention.record(whose, kept, now));
            audit.record(caller, AuditAction.DELETE, "personal-data", whose, whose, AccessReason.DATA_PROTECTION_REQUEST);
            return new ErasureReport(service, whose, now, erasure.erased(), erasure.kept());
        });
    }

    @GetMapping("/retention")
    public List<RetentionRecord> retention(Caller caller, @RequestParam String contract) {
        caller.requireOps();
        List<RetentionRecord> kept = retention.of(contract);
        audit.record(caller, AuditAction.READ, "retention-record", contract, contract, AccessReason.DATA_PROTECTION_REQUEST);
        return kept;
    }

    /** A member acts for their own contract only; ops name the contract. */
    private static String whose(Caller caller, Optional<String> contract) {
        Optional<String> named = contract.map(String::strip).filter(c -> !c.isEmpty());
        if (caller.memberContract().isPresent()) {
            String own = caller.requireMember();
            if (named.isPresent() && !named.get().equals(own)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "Forbidden", "A member acts for their own contract only");
            }
            return own;
        }
        caller.requireOps();
        return named.orElseThrow(() -> PrivacyProblem.CONTRACT_REQUIRED.exception("Name the member's contract (contract)"));
    }
}
