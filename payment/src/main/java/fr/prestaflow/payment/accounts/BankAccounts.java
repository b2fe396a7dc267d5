package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.payment.sepa.Bic;
import fr.prestaflow.payment.sepa.SepaNames;
import fr.prestaflow.payment.sepa.SepaRuleViolation;
import fr.prestaflow.payment.web.ErrorCode;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payees' bank accounts, versioned: registering adds a version that is in force from now on; orders already created keep
 * the account they were given. The full IBAN leaves this class only as a {@link Creditor}, for the bank file.
 */
@Service
public class BankAccounts {

    private static final Logger log = LoggerFactory.getLogger(BankAccounts.class);

    private final BankAccountStore store;
    private final IbanCipher cipher;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BankAccounts(BankAccountStore store, IbanCipher cipher, OutboxWriter outbox, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the payee's account, or replaces it with a new version. Registering again what is already in force and
     * valid changes nothing (a retried PUT adds no version and no event).
     */
    @Transactional
    public BankAccountView register(Payee payee, RegisterBankAccount request) {
        Iban iban = iban(request.iban());
        Optional<Bic> bic = bic(request.bic());
        String holderName = holderName(request.holderName());
        store.lock(payee);
        Instant now = clock.instant();
        Optional<BankAccountStore.Row> current = store.inForce(payee, now);
        if (current.isPresent() && current.get().valid() && sameAccount(current.get(), iban, bic, holderName)) {
            return view(current.get());
        }
        UUID id = TimeOrderedIds.next();
        var row = new BankAccountStore.Row(id, payee, store.lastVersion(payee) + 1, cipher.seal(iban, id), iban.masked(),
                bic.map(Bic::value).orElse(null), holderName, now, null, null);
        store.insert(row);
        if (payee.kind() == Payee.Kind.MEMBER) {
            outbox.append(TimeOrderedIds.next(), Topics.PAYMENT_BANK_ACCOUNTS, "member", payee.reference(),
                    BankAccountChanged.TYPE, new BankAccountChanged(payee.reference(), iban.masked(), now));
        }
        events.publishEvent(new BankAccountRegistered(payee, id));
        log.info("Bank account version {} registered for {} {}: {}", row.version(), payee.kind(), payee.reference(),
                iban.masked());
        return view(row);
    }

    @Transactional(readOnly = true)
    public Optional<BankAccountView> current(Payee payee) {
        return store.inForce(payee, clock.instant()).map(BankAccounts::view);
    }

    /** The account a new order of this payee is paid to; empty when there is none or the bank rejected it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<AccountInForce> inForce(Payee payee) {
        return Optional.ofNullable(inForce(List.of(payee)).get(payee));
    }

    /** {@link #inForce} for several payees at once: a payee with no account to pay to is absent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Payee, AccountInForce> inForce(Collection<Payee> payees) {
        Map<Payee, AccountInForce> accounts = new HashMap<>();
        store.inForce(payees, clock.instant()).forEach((payee, row) -> {
            if (row.valid()) {
                accounts.put(payee, new AccountInForce(row.id(), row.maskedIban()));
            }
        });
        return accounts;
    }

    /** Holds the payee's lock until the transaction ends: an order created meanwhile cannot miss a new account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Payee payee) {
        store.lock(payee);
    }

    /**
     * Holds the locks of several payees, taken in one stable order: two threads locking overlapping sets never wait on
     * each other crosswise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAll(Collection<Payee> payees) {
        store.lockAll(payees);
    }

    /** The account opened for a transfer; for the pain.001 only. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Creditor creditor(UUID accountId) {
        return creditors(List.of(accountId)).get(accountId);
    }

    /** {@link #creditor} for the accounts of a whole batch, by account id, read at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<UUID, Creditor> creditors(Collection<UUID> accountIds) {
        Map<UUID, Creditor> creditors = new HashMap<>();
        find(accountIds).forEach((id, row) -> creditors.put(id, new Creditor(row.holderName(),
                cipher.open(row.iban(), row.id()), Optional.ofNullable(row.bic()).map(Bic::new))));
        return creditors;
    }

    /** For events and views, by account id; never opens the IBAN. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<UUID, String> maskedIbans(Collection<UUID> accountIds) {
        Map<UUID, String> masked = new HashMap<>();
        find(accountIds).forEach((id, row) -> masked.put(id, row.maskedIban()));
        return masked;
    }

    /** After a bank rejection: no new order is paid to this account; the payee has to register another one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invalidate(UUID accountId, String reason) {
        if (store.invalidate(accountId, reason, clock.instant())) {
            log.info("Bank account {} marked invalid: {}", accountId, reason);
        }
    }

    // Every account asked for exists: orders reference them (foreign key) and they are never deleted.
    private Map<UUID, BankAccountStore.Row> find(Collection<UUID> accountIds) {
        Map<UUID, BankAccountStore.Row> rows = store.find(Set.copyOf(accountIds));
        accountIds.stream().filter(id -> !rows.containsKey(id)).findFirst().ifPresent(missing -> {
            throw new IllegalStateException("No bank account " + missing);
        });
        return rows;
    }

    private boolean sameAccount(BankAccountStore.Row current, Iban iban, Optional<Bic> bic, String holderName) {
        return cipher.open(current.iban(), current.id()).equals(iban)
                && Objects.equals(current.bic(), bic.map(Bic::value).orElse(null))
                && current.holderName().equals(holderName);
    }

    private static Iban iban(String candidate) {
        Iban.Problem problem = Iban.check(candidate);
        if (problem != null) {
            throw ErrorCode.INVALID_IBAN.exception(problem.message, Map.of("reason", problem.name()));
        }
        return new Iban(candidate);
    }

    private static Optional<Bic> bic(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Bic(candidate));
        } catch (SepaRuleViolation e) {
            throw ErrorCode.INVALID_BIC.exception(e.getMessage());
        }
    }

    // Checked now, in the form the bank file will carry, so that a batch never meets a name it cannot write.
    private static String holderName(String candidate) {
        try {
            return SepaNames.party(candidate);
        } catch (SepaRuleViolation | NullPointerException e) {
            throw ErrorCode.INVALID_HOLDER_NAME.exception("The holder name needs letters of the Latin alphabet");
        }
    }

    private static BankAccountView view(BankAccountStore.Row row) {
        return new BankAccountView(row.maskedIban(), row.bic(), row.holderName(), row.version(), row.effectiveFrom(),
                row.valid() ? "VALID" : "INVALID", row.invalidReason());
    }
}
