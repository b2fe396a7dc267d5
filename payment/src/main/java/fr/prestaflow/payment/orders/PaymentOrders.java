package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimReimbursed;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.events.v1.PaymentFailed;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.PaymentMetrics;
import fr.prestaflow.payment.accounts.AccountInForce;
import fr.prestaflow.payment.accounts.BankAccountRegistered;
import fr.prestaflow.payment.accounts.BankAccounts;
import fr.prestaflow.payment.sepa.SepaIds;
import fr.prestaflow.payment.sepa.StatusReason;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.messaging.DeferredInserts;
import fr.prestaflow.platform.messaging.InvalidEventException;
import fr.prestaflow.platform.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment orders: created from adjudicated claims, gathered into batches, settled or failed by the bank's status
 * reports. Every transition that the member hears about writes its event to the outbox in the same transaction.
 */
@Service
public class PaymentOrders {

    private static final Logger log = LoggerFactory.getLogger(PaymentOrders.class);

    /** ISO reasons that say the creditor account itself is wrong: only a new IBAN from the payee can help. */
    static final Set<String> ACCOUNT_REASONS = Set.of("AC01", "AC03", "AC04", "AC06", "AG01", "MD07", "RC01");
    /**
     * Other rejections (file format, debtor side, cut-off...) are the mutuelle's or the bank's problem: the order is
     * re-issued to the same account, up to this attempt, after which ops take it over.
     */
    static final int MAX_AUTOMATIC_ATTEMPTS = 3;

    private final PaymentOrderStore store;
    private final BankAccounts accounts;
    private final OutboxWriter outbox;
    private final DeferredInserts inserts;
    private final PaymentMetrics metrics;
    private final Clock clock;

    PaymentOrders(PaymentOrderStore store, BankAccounts accounts, OutboxWriter outbox, DeferredInserts inserts,
                  PaymentMetrics metrics, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.outbox = outbox;
        this.inserts = inserts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * One order per claim and payee, for exactly {@code reimbursed} cents less what the payee still owes after
     * reversals (never below zero). Zero creates nothing; a reversal creates a debt, no transfer. A redelivered or
     * replayed event finds the order already there and changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void adjudicated(ClaimAdjudicated claim) {
        adjudicated(claim, Poll.none());
    }

    /** The same, for a claim of a poll that {@link #prepare} read for: what it read is not asked again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void adjudicated(ClaimAdjudicated claim, Poll poll) {
        Payee payee = payeeOf(claim);
        if (claim.reversal()) {
            if (recordDebt(claim, payee)) {
                poll.forgetDebts(payee);
            }
            return;
        }
        if (claim.reimbursed().signum() <= 0) {
            log.info("Claim {} adjudicated with {} to pay: no payment order", claim.claimId(), claim.reimbursed());
            return;
        }
        if (!poll.locked(payee)) {
            accounts.lock(payee);
        }
        Optional<AccountInForce> account = poll.account(payee, accounts::inForce);
        List<PaymentOrderStore.Debt> debts = poll.debts(payee, store::lockOutstandingDebts);
        Money owed = debts.stream().map(PaymentOrderStore.Debt::outstanding).reduce(Money.ZERO, Money::plus);
        Money offset = claim.reimbursed().min(owed);
        Money amount = claim.reimbursed().minus(offset);
        PaymentOrderStatus status = amount.signum() == 0 ? PaymentOrderStatus.OFFSET
                : account.isPresent() ? PaymentOrderStatus.READY : PaymentOrderStatus.AWAITING_BANK_ACCOUNT;
        Instant now = clock.instant();
        var order = new PaymentOrder(TimeOrderedIds.next(), claim.claimId(), payee, contractOf(claim, payee), 1,
                SepaIds.endToEndId(claim.claimId(), 1), claim.reimbursed(), offset, amount, status,
                account.map(AccountInForce::id).orElse(null), null, null, null, now, now);
        if (!create(order, poll)) {
            log.info("Claim {} already has a payment order for {} {}: nothing to do", claim.claimId(), payee.kind(),
                    payee.reference());
            return;
        }
        consume(payee, debts, offset, poll);
        metrics.orderCreated(status.name().toLowerCase(Locale.ROOT));
        // Every order is in payment_order and the metrics: no log line per order at the usual level.
        log.debug("Payment order {} of {} for claim {} ({} offset against debts): {}", order.id(), amount, claim.claimId(),
                offset, status);
    }

    /**
     * Locks the payees of a poll's adjudicated claims before they become orders in one transaction, then reads, once
     * for the poll, what its claims to pay will read: their payees' accounts in force and outstanding debts (locked,
     * as each claim would lock them), and which of them have an order already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Poll prepare(List<ClaimAdjudicated> claims) {
        Set<Payee> payees = new LinkedHashSet<>();
        Set<Payee> payeesToPay = new LinkedHashSet<>();
        Set<UUID> claimsToPay = new LinkedHashSet<>();
        for (ClaimAdjudicated claim : claims) {
            if (claim.payee() == null && claim.beneficiary() == null) {
                continue;
            }
            Payee payee = payeeOf(claim);
            payees.add(payee);
            // a payee the queries cannot name is left to the claim's own reads, which report what is wrong with it
            if (!claim.reversal() && claim.reimbursed().signum() > 0 && payee.kind() != null
                    && payee.reference() != null) {
                payeesToPay.add(payee);
                claimsToPay.add(claim.claimId());
            }
        }
        accounts.lockAll(payees);
        Map<Payee, AccountInForce> inForce = accounts.inForce(payeesToPay);
        Map<Payee, Optional<AccountInForce>> accountsOfPayees = new HashMap<>();
        payeesToPay.forEach(payee -> accountsOfPayees.put(payee, Optional.ofNullable(inForce.get(payee))));
        return new Poll(payees, accountsOfPayees, store.lockOutstandingDebts(payeesToPay), claimsToPay,
                store.withOrder(claimsToPay));
    }

    /** A new account for a payee: its waiting orders take it and become READY. */
    @EventListener
    public void accountRegistered(BankAccountRegistered registered) {
        List<PaymentOrder> ready = store.readyAwaiting(registered.payee(), registered.accountId(), clock.instant());
        if (!ready.isEmpty()) {
            log.info("{} payment order(s) of {} {} ready with the new bank account", ready.size(),
                    registered.payee().kind(), registered.payee().reference());
        }
    }

    /** Locks up to {@code limit} READY orders, oldest first, for the batch being built. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PaymentOrder> lockReady(int limit) {
        return store.lockReady(limit);
    }

    /**
     * The orders of a new batch become ISSUED, each announced by a {@code PaymentIssued}. They were locked for the batch,
     * so all of them are still READY; one that is not fails the batch, which is then not made.
     *
     * @param maskedIbans the masked IBAN of each order's account, by account id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issue(List<PaymentOrder> orders, UUID batchId, LocalDate requestedExecutionDate,
                      Map<UUID, String> maskedIbans) {
        Instant now = clock.instant();
        Set<UUID> issued = store.issue(orders.stream().map(PaymentOrder::id).toList(), batchId, now);
        orders.stream().filter(order -> !issued.contains(order.id())).findFirst().ifPresent(order -> {
            throw new IllegalStateException("Payment order " + order.id() + " is no longer READY");
        });
        appendTogether(orders.stream().map(order -> new PaymentIssued(order.claimId(), now, order.id(), batchId,
                order.endToEndId(), order.amount(), maskedIbans.get(order.bankAccountId()), requestedExecutionDate)));
        orders.forEach(order -> metrics.issued(order.payee().kind().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The bank accepted these transfers: each order still ISSUED is PAID and the member told ({@code ClaimReimbursed});
     * an order a report already settled (or failed) changes no more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(List<PaymentOrder> orders, LocalDate paidOn) {
        Instant now = clock.instant();
        Set<UUID> settled = store.settle(orders.stream().map(PaymentOrder::id).toList(), now);
        List<PaymentOrder> paid = orders.stream().filter(order -> settled.contains(order.id())).toList();
        if (paid.isEmpty()) {
            return;
        }
        Map<UUID, String> maskedIbans = accounts.maskedIbans(paid.stream().map(PaymentOrder::bankAccountId).toList());
        appendTogether(paid.stream().map(order -> new ClaimReimbursed(order.claimId(), now, order.id(), order.amount(),
                maskedIbans.get(order.bankAccountId()), paidOn)));
        paid.forEach(order -> metrics.paid(order.payee().kind().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The bank rejected the transfer: the order fails and a new one (attempt + 1) carries the claim on.
     * <ul>
     * <li>The account is at fault ({@link #ACCOUNT_REASONS}): it is marked invalid, the payee is told
     * ({@code PaymentFailed}, with the French reason), their READY orders leave it, and the new order waits for a new
     * IBAN, unless a newer valid account is already registered.</li>
     * <li>Any other reason is not the payee's to fix: the new order goes to the same account in the next batch, without
     * an event, up to {@link #MAX_AUTOMATIC_ATTEMPTS}; after that the payee is told and ops take over.</li>
     * </ul>
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean fail(PaymentOrder order, StatusReason reason) {
        if (!store.fail(order.id(), reason.code(), reason.french(), clock.instant())) {
            return false;
        }
        metrics.failed(reason.code());
        boolean accountAtFault = ACCOUNT_REASONS.contains(reason.code());
        boolean retried = accountAtFault || order.attempt() < MAX_AUTOMATIC_ATTEMPTS;
        if (accountAtFault) {
            accounts.invalidate(order.bankAccountId(), reason.french());
        }
        if (accountAtFault || !retried) {
            outbox.append(Topics.PAYMENT_PAYMENTS, new PaymentFailed(order.claimId(), clock.instant(), order.id(),
                    order.amount(), reason.code(), reason.french()));
        }
        accounts.lock(order.payee());
        Optional<AccountInForce> account = accounts.inForce(order.payee());
        if (accountAtFault) {
            redirectReadyOrders(order.bankAccountId(), account);
        }
        if (retried) {
            retry(order, account);
        } else {
            log.error("Payment order {} of claim {} rejected ({}) after {} attempts: left to ops", order.id(),
                    order.claimId(), reason.french(), order.attempt());
        }
        return true;
    }

    @Transactional(readOnly = true)
    public List<PaymentOrder> ofBatch(UUID batchId) {
        return store.ofBatch(batchId);
    }

    @Transactional(readOnly = true)
    public List<PaymentOrder> search(Optional<UUID> claimId, Optional<PaymentOrderStatus> status, int limit) {
        return store.search(claimId, status, limit);
    }

    @Transactional(readOnly = true)
    public Money outstandingDebt(Payee payee) {
        return store.outstandingDebt(payee);
    }

    // The events of a whole batch or report go in when the transaction commits, as multi-row inserts instead of a
    // round trip each.
    private void appendTogether(Stream<? extends ClaimEvent> events) {
        inserts.deferUntilCommit();
        events.forEach(event -> outbox.append(Topics.PAYMENT_PAYMENTS, event));
    }

    // Orders of the payee not yet batched would go to the same rejected account: they take the account now in force,
    // or wait for a new one.
    private void redirectReadyOrders(UUID rejectedAccountId, Optional<AccountInForce> account) {
        int moved = store.redirectReady(rejectedAccountId, account.map(AccountInForce::id), clock.instant());
        if (moved > 0) {
            log.info("{} READY order(s) taken off rejected bank account {}", moved, rejectedAccountId);
        }
    }

    private void retry(PaymentOrder failed, Optional<AccountInForce> account) {
        int attempt = failed.attempt() + 1;
        if (attempt > 99) {
            log.error("Payment order {} of claim {} has had 99 attempts: left to ops", failed.id(), failed.claimId());
            return;
        }
        PaymentOrderStatus status = account.isPresent() ? PaymentOrderStatus.READY : PaymentOrderStatus.AWAITING_BANK_ACCOUNT;
        Instant now = clock.instant();
        var next = new PaymentOrder(TimeOrderedIds.next(), failed.claimId(), failed.payee(), failed.contractNumber(), attempt,
                SepaIds.endToEndId(failed.claimId(), attempt), failed.adjudicatedAmount(), failed.debtOffset(),
                failed.amount(), status, account.map(AccountInForce::id).orElse(null), null, null, null, now, now);
        if (!store.insertIfAbsent(next)) {
            throw new IllegalStateException("Claim " + failed.claimId() + " already has attempt " + attempt);
        }
        log.info("Payment order {} (attempt {}) for claim {} replaces the rejected one: {}", next.id(), attempt,
                failed.claimId(), status);
    }

    /** @return whether the debt is new: a replayed reversal finds it recorded already */
    private boolean recordDebt(ClaimAdjudicated reversal, Payee payee) {
        Money recovered = reversal.reimbursed().signum() < 0 ? Money.ZERO.minus(reversal.reimbursed()) : reversal.reimbursed();
        if (recovered.signum() == 0) {
            return false;
        }
        if (!store.insertDebt(TimeOrderedIds.next(), payee, reversal.claimId(), recovered, clock.instant())) {
            return false;
        }
        metrics.debtRecorded();
        log.info("Reversal {}: {} {} owes {}, offset against their next payments", reversal.claimId(), payee.kind(),
                payee.reference(), recovered);
        return true;
    }

    // In a poll that read the claim, whether it has an order is known, and the order goes in just before the commit.
    private boolean create(PaymentOrder order, Poll poll) {
        if (!poll.knowsOrdersOf(order.claimId())) {
            return store.insertIfAbsent(order);
        }
        if (poll.hasOrder(order.claimId())) {
            return false;
        }
        store.insertWithPoll(order);
        poll.ordered(order.claimId());
        return true;
    }

    // Oldest debt first; the order's debt_offset column is the total taken from them.
    private void consume(Payee payee, List<PaymentOrderStore.Debt> debts, Money offset, Poll poll) {
        Money left = offset;
        for (PaymentOrderStore.Debt debt : debts) {
            if (left.signum() == 0) {
                return;
            }
            Money taken = debt.outstanding().min(left);
            store.reduceDebt(debt.id(), taken);
            poll.offset(payee, debt.id(), taken);
            left = left.minus(taken);
        }
    }

    private static Payee payeeOf(ClaimAdjudicated claim) {
        if (claim.payee() != null) {
            return claim.payee();
        }
        if (claim.beneficiary() != null) {
            return Payee.member(claim.beneficiary().contractNumber());
        }
        throw new InvalidEventException("ClaimAdjudicated " + claim.claimId() + " names neither payee nor beneficiary");
    }

    private static String contractOf(ClaimAdjudicated claim, Payee payee) {
        if (claim.beneficiary() != null) {
            return claim.beneficiary().contractNumber();
        }
        return payee.kind() == Payee.Kind.MEMBER ? payee.reference() : null;
    }
}
