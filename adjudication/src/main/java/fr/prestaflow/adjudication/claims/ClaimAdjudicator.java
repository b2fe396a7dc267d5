package fr.prestaflow.adjudication.claims;

import fr.prestaflow.adjudication.AdjudicationProperties;
import fr.prestaflow.adjudication.claims.Adjudication.Amounts;
import fr.prestaflow.adjudication.claims.AdjudicationLine.LineRef;
import fr.prestaflow.adjudication.claims.AdjudicationMetrics.Outcome;
import fr.prestaflow.adjudication.claims.AdjudicationStore.ReversibleLine;
import fr.prestaflow.adjudication.coverage.BeneficiaryResolution;
import fr.prestaflow.adjudication.coverage.ConsumptionHistory;
import fr.prestaflow.adjudication.coverage.Contracts;
import fr.prestaflow.adjudication.coverage.Coverage;
import fr.prestaflow.adjudication.coverage.InsuredBeneficiary;
import fr.prestaflow.adjudication.rules.AdjudicationEngine;
import fr.prestaflow.adjudication.rules.ClaimInput;
import fr.prestaflow.adjudication.rules.ClaimOutcome;
import fr.prestaflow.adjudication.rules.ClaimResult;
import fr.prestaflow.adjudication.rules.Consumption;
import fr.prestaflow.adjudication.rules.HistoryLine;
import fr.prestaflow.adjudication.rules.LineResult;
import fr.prestaflow.adjudication.rules.Reason;
import fr.prestaflow.adjudication.rules.RejectionCode;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.platform.messaging.InvalidEventException;
import fr.prestaflow.platform.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjudicates an analysed claim: resolves its beneficiary (NLF.md §8), runs the rules on the beneficiary's persisted
 * consumption, stores the result (its lines are the new consumption), and writes ClaimAdjudicated or ClaimRejected to
 * the outbox, all in one transaction. The beneficiary's row is locked before its consumption is read, so two claims of
 * one beneficiary are adjudicated one after the other (§16).
 */
@Service
class ClaimAdjudicator {

    static final String UNKNOWN_CONTRACT = "UNKNOWN_CONTRACT";
    static final String UNKNOWN_BENEFICIARY = "UNKNOWN_BENEFICIARY";
    static final String REVERSAL_UNMATCHED = "REVERSAL_UNMATCHED";
    static final String NOTHING_PAYABLE = "NOTHING_PAYABLE";

    private static final Logger log = LoggerFactory.getLogger(ClaimAdjudicator.class);

    private final Contracts contracts;
    private final ConsumptionHistory consumption;
    private final Coverage coverage;
    private final AdjudicationEngine engine;
    private final AdjudicationStore results;
    private final OutboxWriter outbox;
    private final AdjudicationMetrics metrics;
    private final AdjudicationProperties properties;
    private final Clock clock;

    ClaimAdjudicator(Contracts contracts, ConsumptionHistory consumption, Coverage coverage, AdjudicationEngine engine,
                     AdjudicationStore results, OutboxWriter outbox, AdjudicationMetrics metrics,
                     AdjudicationProperties properties, Clock clock) {
        this.contracts = contracts;
        this.consumption = consumption;
        this.coverage = coverage;
        this.engine = engine;
        this.results = results;
        this.outbox = outbox;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * {@code eventId}: the ClaimAnalysed event's {@code ce_id}. A claim already adjudicated is adjudicated again only
     * when the event is a correction: what the earlier result consumed (or reversed) is given back first.
     */
    @Transactional
    public void adjudicate(ClaimAnalysed claim, UUID eventId) {
        adjudicate(claim, eventId, null);
    }

    /**
     * The same, for a claim of a poll whose beneficiaries {@link #lockBeneficiaries} already locked: what the locks and
     * the earlier results are need not be asked again for each claim.
     */
    @Transactional
    public void adjudicate(ClaimAnalysed claim, UUID eventId, Poll poll) {
        requireAdjudicable(claim);
        Optional<Adjudication> previous = poll == null || poll.adjudicatedBefore(claim.claimId())
                ? results.find(claim.claimId()) : Optional.empty();
        if (previous.isPresent() && !claim.correction()) {
            log.info("Claim {} is already adjudicated (revision {}) and this analysis is no correction: ignored",
                    claim.claimId(), previous.get().revision());
            return;
        }
        BeneficiaryResolution resolution = poll == null ? contracts.resolve(claim.beneficiary())
                : poll.resolve(claim.beneficiary());
        List<Long> toLock = new ArrayList<>();
        previous.flatMap(Adjudication::beneficiaryId).ifPresent(toLock::add);
        if (resolution instanceof BeneficiaryResolution.Found found) {
            toLock.add(found.beneficiary().id());
        }
        // resolved under the poll's locks, the beneficiary is current; one added to the contract since is locked now
        boolean alreadyLocked = poll != null && poll.locked(toLock);
        if (!alreadyLocked) {
            contracts.lock(toLock);
        }
        if (poll != null && (previous.isPresent() || claim.reversal())) {
            poll.forget(toLock);
        }
        previous.ifPresent(this::undo);
        var request = new Request(claim, eventId, previous.map(p -> p.revision() + 1).orElse(1), clock.instant());
        Decision decision = switch (resolution) {
            case BeneficiaryResolution.UnknownContract unknown -> unresolved(request, UNKNOWN_CONTRACT,
                    "No contract " + claim.beneficiary().contractNumber());
            case BeneficiaryResolution.UnknownBeneficiary unknown -> unresolved(request, UNKNOWN_BENEFICIARY,
                    "No beneficiary of contract " + claim.beneficiary().contractNumber()
                            + " with this NIR (or rank) and birth date");
            case BeneficiaryResolution.Found found -> {
                InsuredBeneficiary beneficiary = alreadyLocked ? found.beneficiary()
                        : contracts.reload(found.beneficiary().id());
                yield claim.reversal() ? reverse(request, beneficiary) : applyRules(request, beneficiary, poll);
            }
        };
        results.insert(decision.adjudication());
        if (poll != null) {
            poll.adjudicated(claim.claimId());
        }
        outbox.append(Topics.ADJUDICATION_CLAIMS, decision.event(claim.beneficiary()));
        metrics.adjudicated(decision.outcome(), claim.channel());
        // Every outcome is in the adjudication tables and the metrics; a log line per claim was 4 % of the CPU.
        log.debug("Claim {} {} ({}): {} paid, codes {}", claim.claimId(), decision.outcome(), claim.channel(),
                decision.adjudication().reimbursedCents(), decision.adjudication().rejectionCodes());
    }

    /**
     * Locks, in id order, every beneficiary a poll of claims may spend the consumption of: those of the claims' contracts
     * and those an earlier result of a corrected claim consumed for. Done once before the poll's claims are adjudicated
     * in one transaction, so that two consumer threads never hold one beneficiary each while waiting for the other's.
     * Then reads, once for the poll, what its claims will read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Poll prepare(List<ClaimAnalysed> claims) {
        claims = claims.stream().filter(c -> c.beneficiary() != null && c.beneficiary().contractNumber() != null)
                .toList();
        List<String> contractNumbers = claims.stream().map(c -> c.beneficiary().contractNumber()).distinct().toList();
        Map<UUID, Optional<Long>> before = results.beneficiariesOf(claims.stream().map(ClaimAnalysed::claimId).toList());
        Set<Long> locked = new HashSet<>(contracts.beneficiaryIdsOf(contractNumbers));
        before.values().forEach(id -> id.ifPresent(locked::add));
        contracts.lock(List.copyOf(locked));

        Function<BeneficiaryRef, BeneficiaryResolution> resolver = contracts.resolver(contractNumbers);
        Map<Long, Set<String>> keys = new HashMap<>();
        for (ClaimAnalysed claim : claims) {
            try {
                if (resolver.apply(claim.beneficiary()) instanceof BeneficiaryResolution.Found found) {
                    List<String> claimKeys = claim.lines().stream().map(DuplicateKey::of).toList();
                    keys.computeIfAbsent(found.beneficiary().id(), id -> new HashSet<>()).addAll(claimKeys);
                }
            } catch (RuntimeException badData) {
                // left to the database path: adjudicating the claim itself reports what is wrong with it
            }
        }
        // a beneficiary added to a contract since the lock was taken is read under its own lock, when its claim comes
        keys.keySet().retainAll(locked);
        return new Poll(new HashSet<>(before.keySet()), locked, resolver, consumption.historiesOf(keys.keySet()),
                results.paidKeysOf(keys));
    }

    /** Bad data never gets better with retries: it goes to the dead-letter topic at once. */
    private static void requireAdjudicable(ClaimAnalysed claim) {
        if (claim.channel() == Channel.QUOTE) {
            throw new InvalidEventException("A quote is simulated over HTTP, never adjudicated from a claim topic");
        }
        Set<Integer> numbers = new HashSet<>();
        for (CareLine line : claim.lines()) {
            if (claim.channel() == Channel.NOEMIE && line.amoPaidCents() == null) {
                throw new InvalidEventException("Line " + line.lineNumber() + " of a " + claim.channel()
                        + " claim has no amoPaidCents");
            }
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidEventException("Line number " + line.lineNumber() + " appears twice");
            }
        }
    }

    /**
     * Gives back what the earlier result of a corrected claim consumed (its lines go), and restores the lines it had
     * reversed, their consumption with them.
     */
    private void undo(Adjudication previous) {
        if (previous.reversal()) {
            results.unreverse(previous.claimId());
        }
        results.delete(previous.claimId());
        log.info("Claim {} corrected: revision {} undone", previous.claimId(), previous.revision());
    }

    private Decision unresolved(Request request, String code, String reason) {
        ClaimAnalysed claim = request.claim();
        var adjudication = new Adjudication(claim.claimId(), claim.beneficiary().contractNumber(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), claim.channel(), claim.source(),
                Adjudication.Status.REJECTED, false, List.of(code), Amounts.ZERO, 0, Optional.empty(),
                request.eventId(), request.revision(), request.at(), List.of());
        return new Decision(adjudication, Outcome.REJECTED, Optional.empty(), reason);
    }

    private Decision applyRules(Request request, InsuredBeneficiary beneficiary, Poll poll) {
        ClaimAnalysed claim = request.claim();
        Map<Integer, String> keys = new TreeMap<>();
        claim.lines().forEach(line -> keys.put(line.lineNumber(), DuplicateKey.of(line)));
        Optional<Poll> cached = Optional.ofNullable(poll).filter(p -> p.paidKeys(beneficiary.id()).isPresent());
        Set<String> paidBefore = cached.isPresent() ? cached.get().paidKeys(beneficiary.id()).orElseThrow()
                : results.paidKeys(beneficiary.id(), keys.values());
        Set<Integer> paidInAnotherClaim = keys.entrySet().stream()
                .filter(entry -> paidBefore.contains(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<HistoryLine> history = cached.flatMap(p -> p.history(beneficiary.id()))
                .orElseGet(() -> consumption.historyOf(beneficiary.id()));
        ClaimInput input = coverage.input(beneficiary, history, claim.channel(),
                claim.visionChangeJustified(), claim.lines(), Optional.empty());
        ClaimResult result = engine.adjudicate(input, paidInAnotherClaim);
        Map<Integer, Consumption> consumed = result.consumptionToPersist().stream()
                .collect(Collectors.toMap(Consumption::lineNumber, Function.identity()));

        List<AdjudicationLine> lines = input.lines().stream()
                .map(line -> line(line, result.line(line.lineNumber()).orElseThrow(), beneficiary.planId(),
                        keys.get(line.lineNumber()), Optional.ofNullable(consumed.get(line.lineNumber()))))
                .toList();
        cached.ifPresent(p -> p.recorded(beneficiary.id(), lines));
        boolean pays = result.outcome() == ClaimOutcome.ADJUDICATED;
        Amounts totals = Amounts.of(lines);
        var adjudication = new Adjudication(claim.claimId(), beneficiary.contractNumber(), Optional.of(beneficiary.id()),
                Optional.of(beneficiary.rank()), Optional.of(beneficiary.planId()),
                Optional.of(coverage.planVersion(beneficiary.planId(), claim.lines())), claim.channel(), claim.source(),
                pays ? Adjudication.Status.ADJUDICATED : Adjudication.Status.REJECTED, false,
                pays ? List.of() : rejectionCodes(result), totals, pays ? totals.complementaryPaidCents() : 0,
                pays ? Optional.of(expectedPaymentDate(claim.channel())) : Optional.empty(), request.eventId(),
                request.revision(), request.at(), lines);
        return new Decision(adjudication, pays ? Outcome.ADJUDICATED : Outcome.REJECTED,
                Optional.of(beneficiary.ref()), "Every line is rejected or pays nothing");
    }

    /**
     * §22: the distinct rejection codes of the lines; a claim whose lines were all accepted at 0 has none, and is
     * rejected with the pipeline code NOTHING_PAYABLE.
     */
    private static List<String> rejectionCodes(ClaimResult result) {
        List<String> codes = result.rejectionCodes().stream().map(RejectionCode::name).toList();
        return codes.isEmpty() ? List.of(NOTHING_PAYABLE) : codes;
    }

    private AdjudicationLine line(CareLine line, LineResult result, String planId, String key,
                                  Optional<Consumption> consumption) {
        return new AdjudicationLine(line.lineNumber(), line.careDate(), line.careCategory(), line.actCode(),
                Optional.ofNullable(line.practitionerId()), line.quantity(), Optional.ofNullable(line.side()),
                line.baseCents(), new Amounts(result.billedCents(), result.amoPaidCents(),
                result.complementaryPaidCents(), result.patientShareCents()),
                result.participationCents(), result.franchiseCents(),
                result.reasons().stream().map(Reason::name).toList(), result.rejectionCode().map(RejectionCode::name),
                Optional.of(coverage.planVersion(planId, line.careDate())), key, Optional.empty(), Optional.empty(),
                consumption);
    }

    /**
     * An AMO regularisation: every line must match an earlier adjudicated line of the beneficiary (same key: date,
     * category, act, practitioner, amounts). What the mutuelle paid on those lines is recovered and their consumption
     * given back; otherwise nothing is reversed and the claim is rejected REVERSAL_UNMATCHED for ops to look at.
     */
    private Decision reverse(Request request, InsuredBeneficiary beneficiary) {
        ClaimAnalysed claim = request.claim();
        List<CareLine> lines = claim.lines().stream().sorted(Comparator.comparingInt(CareLine::lineNumber)).toList();
        Set<LineRef> taken = new HashSet<>();
        Map<Integer, ReversibleLine> matches = new TreeMap<>();
        for (CareLine line : lines) {
            results.findReversible(beneficiary.id(), DuplicateKey.of(line), taken).ifPresent(match -> {
                taken.add(match.ref());
                matches.put(line.lineNumber(), match);
            });
        }
        if (matches.size() < lines.size()) {
            return unmatchedReversal(request, beneficiary, lines, matches);
        }
        List<AdjudicationLine> reversed = new ArrayList<>();
        for (CareLine line : lines) {
            ReversibleLine match = matches.get(line.lineNumber());
            results.markReversed(match.ref(), claim.claimId());
            AdjudicationLine original = match.line();
            reversed.add(new AdjudicationLine(line.lineNumber(), line.careDate(), line.careCategory(), line.actCode(),
                    Optional.ofNullable(line.practitionerId()), line.quantity(), Optional.ofNullable(line.side()),
                    line.baseCents(), original.amounts(), original.participationCents(), original.franchiseCents(),
                    original.reasons(), Optional.empty(), original.planVersion(), original.duplicateKey(),
                    Optional.of(match.ref()), Optional.empty(), Optional.empty()));
        }
        ReversibleLine first = matches.values().iterator().next();
        Amounts totals = Amounts.of(reversed);
        var adjudication = new Adjudication(claim.claimId(), beneficiary.contractNumber(), Optional.of(beneficiary.id()),
                Optional.of(beneficiary.rank()), Optional.of(first.planId().orElse(beneficiary.planId())),
                first.line().planVersion().or(() -> Optional.of(coverage.planVersion(beneficiary.planId(), lines))),
                claim.channel(), claim.source(), Adjudication.Status.ADJUDICATED, true, List.of(), totals,
                totals.complementaryPaidCents(), Optional.empty(), request.eventId(), request.revision(), request.at(),
                reversed);
        return new Decision(adjudication, Outcome.REVERSED, Optional.of(beneficiary.ref()), null);
    }

    private Decision unmatchedReversal(Request request, InsuredBeneficiary beneficiary, List<CareLine> lines,
                                       Map<Integer, ReversibleLine> matches) {
        ClaimAnalysed claim = request.claim();
        List<AdjudicationLine> shown = lines.stream().map(line -> {
            long amo = Math.min(line.amoPaidCents(), line.billedCents());
            return new AdjudicationLine(line.lineNumber(), line.careDate(), line.careCategory(), line.actCode(),
                    Optional.ofNullable(line.practitionerId()), line.quantity(), Optional.ofNullable(line.side()),
                    line.baseCents(), new Amounts(line.billedCents(), amo, 0, line.billedCents() - amo),
                    line.participation(), line.franchise(), List.of(Reason.AMO_REPORTED.name()),
                    matches.containsKey(line.lineNumber()) ? Optional.empty() : Optional.of(REVERSAL_UNMATCHED),
                    Optional.empty(), DuplicateKey.of(line), Optional.empty(), Optional.empty(), Optional.empty());
        }).toList();
        List<Integer> unmatched = lines.stream().map(CareLine::lineNumber).filter(n -> !matches.containsKey(n)).toList();
        var adjudication = new Adjudication(claim.claimId(), beneficiary.contractNumber(), Optional.of(beneficiary.id()),
                Optional.of(beneficiary.rank()), Optional.of(beneficiary.planId()),
                Optional.of(coverage.planVersion(beneficiary.planId(), lines)), claim.channel(), claim.source(),
                Adjudication.Status.REJECTED, true, List.of(REVERSAL_UNMATCHED), Amounts.of(shown), 0,
                Optional.empty(), request.eventId(), request.revision(), request.at(), shown);
        return new Decision(adjudication, Outcome.REJECTED, Optional.of(beneficiary.ref()),
                "No earlier adjudicated line matches reversal line(s) " + unmatched + ": nothing was reversed");
    }

    private LocalDate expectedPaymentDate(Channel channel) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        return today.plusDays(properties.serviceLevel(channel).toDays());
    }

    private record Request(ClaimAnalysed claim, UUID eventId, int revision, Instant at) {
    }

    /** {@code beneficiary}: the resolved reference, absent when the claim's own could not be resolved. */
    private record Decision(Adjudication adjudication, Outcome outcome, Optional<BeneficiaryRef> beneficiary,
                            String rejectionReason) {

        ClaimEvent event(BeneficiaryRef asReceived) {
            return ClaimEvents.of(adjudication, beneficiary.orElse(asReceived), rejectionReason);
        }
    }
}
