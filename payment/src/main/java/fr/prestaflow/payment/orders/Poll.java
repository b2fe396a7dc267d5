package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.accounts.AccountInForce;
import fr.prestaflow.payment.orders.PaymentOrderStore.Debt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the adjudicated claims of one poll read, loaded once under the poll's payee locks and kept current as its claims
 * become orders in the same transaction: each payee's account in force, their outstanding debts (locked), and which
 * claims have an order already. A payee or a claim the poll did not read is read from the database, as a claim outside a
 * poll is; so are a payee's debts after a reversal of the poll added one, since the database alone knows its place in
 * the oldest-first order.
 */
final class Poll {

    private final Set<Payee> locked;
    private final Map<Payee, Optional<AccountInForce>> accounts;
    private final Map<Payee, List<Debt>> debts;
    private final Set<UUID> claimsRead;
    private final Set<UUID> withOrder;

    Poll(Set<Payee> locked, Map<Payee, Optional<AccountInForce>> accounts, Map<Payee, List<Debt>> debts,
         Set<UUID> claimsRead, Set<UUID> withOrder) {
        this.locked = locked;
        this.accounts = accounts;
        this.debts = debts;
        this.claimsRead = claimsRead;
        this.withOrder = withOrder;
    }

    /** A claim handled on its own: nothing read in advance, nothing locked. */
    static Poll none() {
        return new Poll(Set.of(), new HashMap<>(), new HashMap<>(), Set.of(), new HashSet<>());
    }

    boolean locked(Payee payee) {
        return locked.contains(payee);
    }

    Optional<AccountInForce> account(Payee payee, Function<Payee, Optional<AccountInForce>> read) {
        return accounts.computeIfAbsent(payee, read);
    }

    /** Oldest first, as they stand after the orders of the poll so far. */
    List<Debt> debts(Payee payee, Function<Payee, List<Debt>> lock) {
        return List.copyOf(debts.computeIfAbsent(payee, p -> new ArrayList<>(lock.apply(p))));
    }

    /** Whether {@link #hasOrder} can answer for this claim without the database. */
    boolean knowsOrdersOf(UUID claimId) {
        return claimsRead.contains(claimId);
    }

    /** Before the poll, or earlier in it. */
    boolean hasOrder(UUID claimId) {
        return withOrder.contains(claimId);
    }

    void ordered(UUID claimId) {
        withOrder.add(claimId);
    }

    void offset(Payee payee, UUID debtId, Money taken) {
        List<Debt> owed = debts.get(payee);
        if (owed == null) {
            return;
        }
        owed.replaceAll(debt -> debt.id().equals(debtId) ? new Debt(debt.id(), debt.outstanding().minus(taken)) : debt);
        owed.removeIf(debt -> debt.outstanding().signum() == 0);
    }

    void forgetDebts(Payee payee) {
        debts.remove(payee);
    }
}
