package fr.prestaflow.adjudication.claims;

import fr.prestaflow.adjudication.coverage.BeneficiaryResolution;
import fr.prestaflow.adjudication.rules.Consumption;
import fr.prestaflow.adjudication.rules.HistoryLine;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the claims of one poll read, loaded once under the poll's beneficiary locks and kept current as its claims are
 * adjudicated in the same transaction: the beneficiaries, their consumption history and the lines already paid to
 * them. A beneficiary the poll does not know (or forgot, after a correction or a reversal changed its rows in ways not
 * mirrored here) is read from the database, as a claim outside a poll is.
 */
final class Poll {

    private final Set<UUID> adjudicatedBefore;
    private final Set<Long> locked;
    private final Function<BeneficiaryRef, BeneficiaryResolution> resolver;
    private final Map<Long, List<HistoryLine>> histories;
    private final Map<Long, Set<String>> paidKeys;

    Poll(Set<UUID> adjudicatedBefore, Set<Long> locked, Function<BeneficiaryRef, BeneficiaryResolution> resolver,
         Map<Long, List<HistoryLine>> histories, Map<Long, Set<String>> paidKeys) {
        this.adjudicatedBefore = adjudicatedBefore;
        this.locked = locked;
        this.resolver = resolver;
        this.histories = histories;
        this.paidKeys = paidKeys;
    }

    /** Before the poll, or earlier in it (a correction right behind its claim). */
    boolean adjudicatedBefore(UUID claimId) {
        return adjudicatedBefore.contains(claimId);
    }

    void adjudicated(UUID claimId) {
        adjudicatedBefore.add(claimId);
    }

    boolean locked(Collection<Long> beneficiaryIds) {
        return locked.containsAll(beneficiaryIds);
    }

    BeneficiaryResolution resolve(BeneficiaryRef ref) {
        return resolver.apply(ref);
    }

    Optional<List<HistoryLine>> history(long beneficiaryId) {
        return Optional.ofNullable(histories.get(beneficiaryId)).map(List::copyOf);
    }

    Optional<Set<String>> paidKeys(long beneficiaryId) {
        return Optional.ofNullable(paidKeys.get(beneficiaryId));
    }

    /**
     * Mirrors what a claim just wrote: what its lines consumed joins the history by care date, as the database orders
     * it, and its lines paid by the mutuelle join the paid keys.
     */
    void recorded(long beneficiaryId, List<AdjudicationLine> lines) {
        List<HistoryLine> history = histories.get(beneficiaryId);
        if (history != null) {
            lines.forEach(line -> line.consumption().map(Consumption::toHistoryLine).ifPresent(history::add));
            history.sort(Comparator.comparing(HistoryLine::careDate));
        }
        Set<String> paid = paidKeys.get(beneficiaryId);
        if (paid != null) {
            lines.stream().filter(line -> line.amounts().complementaryPaidCents() > 0)
                    .forEach(line -> paid.add(line.duplicateKey()));
        }
    }

    void forget(Collection<Long> beneficiaryIds) {
        beneficiaryIds.forEach(id -> {
            histories.remove(id);
            paidKeys.remove(id);
        });
    }
}
