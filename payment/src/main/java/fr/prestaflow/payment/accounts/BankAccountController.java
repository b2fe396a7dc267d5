package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.payment.web.ErrorCode;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members register the account they are reimbursed to ({@code /me}); ops register practitioners' accounts for tiers
 * payant. Answers never carry the full IBAN.
 */
@RestController
@RequestMapping("/api/v1/bank-accounts")
class BankAccountController {

    private final BankAccounts accounts;

    BankAccountController(BankAccounts accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/me")
    BankAccountView registerMine(Caller caller, @Valid @RequestBody RegisterBankAccount body) {
        return accounts.register(Payee.member(caller.requireMember()), body);
    }

    @GetMapping("/me")
    BankAccountView mine(Caller caller) {
        return find(Payee.member(caller.requireMember()));
    }

    @PutMapping("/practitioners/{reference}")
    BankAccountView registerPractitioner(Caller caller, @PathVariable String reference,
                                         @Valid @RequestBody RegisterBankAccount body) {
        caller.requireOps();
        return accounts.register(new Payee(Payee.Kind.PRACTITIONER, reference), body);
    }

    @GetMapping("/practitioners/{reference}")
    BankAccountView practitioner(Caller caller, @PathVariable String reference) {
        caller.requireOps();
        return find(new Payee(Payee.Kind.PRACTITIONER, reference));
    }

    private BankAccountView find(Payee payee) {
        return accounts.current(payee).orElseThrow(() -> ErrorCode.BANK_ACCOUNT_NOT_FOUND.exception(
                "No bank account is registered yet"));
    }
}
