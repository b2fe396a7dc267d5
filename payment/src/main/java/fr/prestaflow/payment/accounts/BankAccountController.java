package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.payment.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import jakarta.validation.Valid;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members register the account they are reimbursed to ({@code /me}); ops register practitioners' accounts for tiers
 * payant. Answers never carry the full IBAN. Staff access to an account is audited (default reason PAYMENT_INVESTIGATION).
 */
@RestController
@RequestMapping("/api/v1/bank-accounts")
class BankAccountController {

    private static final String RESOURCE = "bank-account";

    private final BankAccounts accounts;
    private final AuditTrail audit;

    BankAccountController(BankAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @PutMapping("/me")
    BankAccountView registerMine(Caller caller, @Valid @RequestBody RegisterBankAccount body) {
        return accounts.register(Payee.member(caller.requireMember()), body);
    }

    @GetMapping("/me")
    BankAccountView mine(Caller caller) {
        return find(Payee.member(caller.requireMember()));
    }

    /** The new version and its audit entry commit together. */
    @PutMapping("/practitioners/{reference}")
    @Transactional
    public BankAccountView registerPractitioner(Caller caller, @PathVariable String reference,
                                                @Valid @RequestBody RegisterBankAccount body) {
        caller.requireOps();
        BankAccountView registered = accounts.register(new Payee(Payee.Kind.PRACTITIONER, reference), body);
        audit.record(caller, AuditAction.UPDATE, RESOURCE, "practitioner:" + reference, null,
                AccessReason.PAYMENT_INVESTIGATION);
        return registered;
    }

    @GetMapping("/practitioners/{reference}")
    BankAccountView practitioner(Caller caller, @PathVariable String reference) {
        caller.requireOps();
        BankAccountView account = find(new Payee(Payee.Kind.PRACTITIONER, reference));
        audit.record(caller, AuditAction.READ, RESOURCE, "practitioner:" + reference, null,
                AccessReason.PAYMENT_INVESTIGATION);
        return account;
    }

    private BankAccountView find(Payee payee) {
        return accounts.current(payee).orElseThrow(() -> ErrorCode.BANK_ACCOUNT_NOT_FOUND.exception(
                "No bank account is registered yet"));
    }
}
