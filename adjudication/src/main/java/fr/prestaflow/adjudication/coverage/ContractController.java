package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.web.ErrorCode;
import fr.prestaflow.adjudication.web.OpsAgent;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Contracts: ops create and replace them; a member reads their own. Staff access is audited. */
@RestController
class ContractController {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,49}");

    private static final String RESOURCE = "contract";

    private final Contracts contracts;
    private final AuditTrail audit;

    ContractController(Contracts contracts, AuditTrail audit) {
        this.contracts = contracts;
        this.audit = audit;
    }

    /**
     * Idempotent: 201 when created, 200 when replaced, the stored contract in both cases. The change and its audit entry
     * commit together.
     */
    @PutMapping("/api/v1/contracts/{contractNumber}")
    @Transactional
    public ResponseEntity<ContractDocument> put(OpsAgent ops, Caller caller, @PathVariable String contractNumber,
                                                @RequestBody @Valid ContractDocument contract) {
        if (!NUMBER.matcher(contractNumber).matches()) {
            throw ErrorCode.VALIDATION_FAILED.exception("A contract number is 1 to 50 letters, digits and dashes",
                    Map.of("field", "contractNumber"));
        }
        boolean created = contracts.put(contractNumber, contract);
        audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, contractNumber, contractNumber,
                AccessReason.OPERATIONS);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(contracts.find(contractNumber).orElseThrow());
    }

    /** A member asking for another contract learns nothing more than for a contract that does not exist. */
    @GetMapping("/api/v1/contracts/{contractNumber}")
    ContractDocument get(@PathVariable String contractNumber, Caller caller) {
        if (!caller.canSee(contractNumber)) {
            throw notFound(contractNumber);
        }
        ContractDocument found = contracts.find(contractNumber).orElseThrow(() -> notFound(contractNumber));
        audit.record(caller, AuditAction.READ, RESOURCE, contractNumber, contractNumber, AccessReason.MEMBER_REQUEST);
        return found;
    }

    private static RuntimeException notFound(String contractNumber) {
        return ErrorCode.CONTRACT_NOT_FOUND.exception("No contract " + contractNumber);
    }
}
